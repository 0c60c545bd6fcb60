"""`calmdesk commitments`: the promises in a sent reply, with their due times.

calmdesk commitments reply.txt --sent-at 2026-11-24T10:00:00 --format json
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from calmdesk.cli.output import stdout
from calmdesk.cli.read import read_input
from calmdesk.errors import InputError

if TYPE_CHECKING:
    from calmdesk.commitments import Commitment

OWNER_STYLES = {"rep": "cyan", "team": "green", "client": "magenta", "third_party": "yellow"}


def parse_sent_at(value: str) -> datetime:
    """An ISO 8601 date-time; without an offset it is local time in the playbook's zone."""
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError as error:
        raise InputError(
            f"--sent-at '{value}' is not a date-time; use ISO 8601 such as 2026-11-24T10:00:00 "
            "(local time in the playbook's zone) or 2026-11-24T10:00:00+00:00."
        ) from error


def as_json(found: tuple[Commitment, ...]) -> str:
    """The commitments as a JSON list in their one serialised form."""
    from calmdesk.serialise import dumps

    return dumps(found)


def render(found: tuple[Commitment, ...]) -> None:
    """A Rich table: due time, owner, kind, the promise and how its time was read."""
    from rich.table import Table

    if not found:
        stdout().print("[dim]No promises found in this reply.[/]")
        return
    table = Table(title="Commitments", title_justify="left")
    table.add_column("due")
    table.add_column("owner")
    table.add_column("kind")
    table.add_column("promise")
    table.add_column("how the time was read", style="dim")
    for item in found:
        when = item.due_at.strftime("%a %d %b %H:%M %Z") if item.due_at else "[bold red]vague[/]"
        style = OWNER_STYLES.get(item.owner, "")
        table.add_row(when, f"[{style}]{item.owner}[/]", item.kind, item.span.text, item.note)
    stdout().print(table)


def register(app: typer.Typer) -> None:
    @app.command("commitments")
    def commitments_command(
        source: Annotated[str, typer.Argument(help="Sent reply file, or '-' for stdin.")] = "-",
        sent_at: Annotated[
            str,
            typer.Option(
                "--sent-at",
                help="When the reply was sent, ISO 8601 (e.g. 2026-11-24T10:00:00); "
                "without an offset it is the playbook's local time.",
            ),
        ] = "",
        output_format: Annotated[
            str, typer.Option("--format", help="text or json.", case_sensitive=False)
        ] = "text",
        playbook_file: Annotated[
            Path | None, typer.Option("--playbook", help="Team playbook TOML.")
        ] = None,
    ) -> None:
        """List the promises in a sent reply, who owes them and when each is due."""
        from calmdesk.commitments import commitments
        from calmdesk.playbook import load_playbook
        from calmdesk.text import normalise

        if output_format.lower() not in ("text", "json"):
            raise typer.BadParameter("use 'text' or 'json'", param_hint="--format")
        if not sent_at:
            raise InputError(
                "Give --sent-at, when the reply was sent, as ISO 8601 such as 2026-11-24T10:00:00."
            )
        when = parse_sent_at(sent_at)
        playbook = load_playbook(playbook_file)
        document = normalise(read_input(source), playbook.limits.max_chars)
        found = commitments(document, when, playbook)
        if output_format.lower() == "json":
            sys.stdout.write(as_json(found) + "\n")
        else:
            render(found)
