"""`calmdesk commitments` on the command line: table, JSON, and clear errors."""

from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

from calmdesk.cli import commitments as command
from calmdesk.errors import InputError

REPLY = "Hi Dana,\n\nI'll update you by end of day, and we'll ship the replacement tomorrow.\n"


@pytest.fixture()
def app() -> typer.Typer:
    app = typer.Typer()
    command.register(app)

    @app.callback()
    def _root() -> None:
        """Two commands or more make typer keep the command name."""

    return app


def test_json_lists_commitments_with_iso_due_times(app: typer.Typer) -> None:
    result = CliRunner().invoke(
        app, ["commitments", "-", "--sent-at", "2026-11-24T16:30:00", "--format", "json"],
        input=REPLY,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [(c["owner"], c["kind"], c["due_at"]) for c in data] == [
        ("rep", "update", "2026-11-25T17:00:00-05:00"),
        ("team", "replacement", "2026-11-25T17:00:00-05:00"),
    ]
    assert data[0]["span"]["text"] == "I'll update you by end of day"


def test_text_output_is_a_table(app: typer.Typer) -> None:
    result = CliRunner().invoke(
        app, ["commitments", "-", "--sent-at", "2026-11-24T10:00:00"], input=REPLY
    )
    assert result.exit_code == 0, result.output
    assert "Commitments" in result.output and "replacement" in result.output


def test_bad_sent_at_says_the_expected_format() -> None:
    with pytest.raises(InputError, match="ISO 8601"):
        command.parse_sent_at("next tuesday")
