"""Shared output for CLI commands: consoles and error printing.

The consoles are made on first use, so a command that prints JSON never imports Rich.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console


@cache
def stdout() -> Console:
    """The console for a command's report (it writes to whatever `sys.stdout` is then)."""
    from rich.console import Console

    return Console(highlight=False)


@cache
def stderr() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def console_error(message: str) -> None:
    from rich.markup import escape

    stderr().print(f"[bold red]error:[/] {escape(message)}")
