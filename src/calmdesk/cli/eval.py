"""`calmdesk eval TASK --data FILE`: one JSON object of metrics on stdout."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def eval_command(
        task_name: Annotated[str, typer.Argument(metavar="TASK", help="Task name; 'list' lists.")],
        data: Annotated[
            Path | None, typer.Option("--data", help="JSON-lines file in the set's format.")
        ] = None,
        playbook_file: Annotated[
            Path | None, typer.Option("--playbook", help="Team playbook TOML.")
        ] = None,
    ) -> None:
        """Measure accuracy on a labelled file; prints one JSON object of metrics."""
        # Each task module registers its tasks in TASKS when imported.
        from calmdesk.evaluation import (  # noqa: F401
            compose_tasks,
            reading_tasks,
            review_tasks,
            rule_tasks,
            satisfaction_tasks,
        )
        from calmdesk.evaluation.registry import TASKS
        from calmdesk.playbook import load_playbook

        if task_name == "list":
            for task in TASKS.values():
                sys.stdout.write(f"{task.name:14} {task.data_set:18} {task.summary}\n")
            return
        if task_name not in TASKS:
            known = ", ".join(sorted(TASKS))
            raise typer.BadParameter(f"unknown task '{task_name}'; known: {known}")
        if data is None:
            raise typer.BadParameter("give the labelled file with --data FILE", param_hint="--data")
        metrics = TASKS[task_name].run(data, load_playbook(playbook_file))
        sys.stdout.write(json.dumps(metrics, ensure_ascii=False) + "\n")
