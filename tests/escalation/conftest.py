"""The default playbook, shared by the escalation tests."""

from __future__ import annotations

import pytest

from calmdesk.playbook import Playbook, default_playbook


@pytest.fixture(scope="session")
def playbook() -> Playbook:
    return default_playbook()
