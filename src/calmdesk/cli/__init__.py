"""The `calmdesk` command. Each sub-command lives in its own module and registers itself here.

The command modules are light: each imports its engine (the reader, the review, ...) inside the
command function, so a command loads only what it runs and `calmdesk --help` loads none.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

import typer

from calmdesk.cli import commitments as commitments_command
from calmdesk.cli import compose as compose_command
from calmdesk.cli import escalate as escalate_command
from calmdesk.cli import eval as eval_command
from calmdesk.cli import read as read_command
from calmdesk.cli import review as review_command
from calmdesk.cli import rules as rules_command
from calmdesk.cli.output import console_error
from calmdesk.errors import CalmdeskError

app = typer.Typer(
    name="calmdesk",
    help="Make your team's de-escalation guide executable.",
    no_args_is_help=False,
    add_completion=False,
    pretty_exceptions_enable=False,
)

COMMAND_MODULES: tuple[Any, ...] = (
    read_command,
    eval_command,
    commitments_command,
    review_command,
    rules_command,
    escalate_command,
    compose_command,
)
for module in COMMAND_MODULES:
    module.register(app)


@app.callback(invoke_without_command=True)
def _default(context: typer.Context) -> None:
    """With no sub-command, read the bundled example client email (the quick-start demo)."""
    if context.invoked_subcommand is None:
        read_command.show_example()


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the app, turning calmdesk's own errors into a message and exit status 2."""
    run: Callable[..., Any] = app
    try:
        run(args=argv if argv is not None else sys.argv[1:], standalone_mode=True)
    except CalmdeskError as error:
        console_error(str(error))
        raise SystemExit(2) from None
    except Exception as error:  # a bug of ours: say so plainly, keep the details for a report
        if os.environ.get("CALMDESK_DEBUG"):
            raise
        console_error(
            f"calmdesk failed unexpectedly ({type(error).__name__}: {error}). This is a bug; "
            "run again with CALMDESK_DEBUG=1 to see the details and please report them."
        )
        raise SystemExit(3) from None
