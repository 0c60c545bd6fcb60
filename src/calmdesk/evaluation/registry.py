"""The evaluation tasks by name. A task takes a data file and a playbook and returns metrics."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from calmdesk.playbook.model import Playbook

TaskFunction = Callable[[Path, Playbook], dict[str, Any]]


@dataclass(frozen=True, slots=True)
class Task:
    name: str
    summary: str
    data_set: str
    run: TaskFunction


TASKS: dict[str, Task] = {}


def task(name: str, summary: str, data_set: str) -> Callable[[TaskFunction], TaskFunction]:
    """Register an evaluation task under `name` (used as `calmdesk eval NAME`)."""

    def register(function: TaskFunction) -> TaskFunction:
        TASKS[name] = Task(name, summary, data_set, function)
        return function

    return register
