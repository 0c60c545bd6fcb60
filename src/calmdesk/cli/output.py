"""Shared output for CLI commands: consoles and error printing."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape

stdout = Console(highlight=False)
stderr = Console(stderr=True, highlight=False, soft_wrap=True)


def console_error(message: str) -> None:
    stderr.print(f"[bold red]error:[/] {escape(message)}")
