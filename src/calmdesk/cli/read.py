"""`calmdesk read`: what a client message says beneath the heat.

Like every command module, this one imports the reader, the playbook and Rich inside the
functions that use them: `calmdesk --help` and the other commands import this module too.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from calmdesk.cli.output import stdout
from calmdesk.errors import InputError

if TYPE_CHECKING:
    from calmdesk.reading import Reading
    from calmdesk.reading.values import Evidence

EXAMPLE = "angry_email.txt"
HEAT_STYLES = ("green", "yellow", "dark_orange", "red", "bold white on red")


def read_input(source: str) -> bytes:
    """The bytes of a file, or of stdin when `source` is '-'."""
    if source == "-":
        return sys.stdin.buffer.read()
    path = Path(source)
    if not path.is_file():
        raise InputError(f"No such file: {source}. Give a file path, or '-' to read stdin.")
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(f"Cannot read {source}: {error.strerror}.") from error


def example_bytes() -> bytes:
    from importlib import resources

    return resources.files("calmdesk.examples").joinpath(EXAMPLE).read_bytes()


def _evidence(items: tuple[Evidence, ...]) -> str:
    from rich.markup import escape

    return escape(", ".join(f"{item.name} «{item.span.text}»" for item in items)) or "none"


def render(reading: Reading) -> None:
    """Rich text report: the message with spans highlighted, then the findings."""
    from rich.markup import escape
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    from calmdesk.text import unwrap

    heat = reading.heat
    style = HEAT_STYLES[heat.level] if reading.in_scope else "dim"
    # Lines a mail client broke at 72-80 columns are joined, so the panel wraps them afresh.
    body = Text(unwrap(reading.text))
    for fact in reading.facts:
        body.stylize("underline cyan", fact.start, fact.end)
    for feeling in reading.feelings:
        body.stylize("magenta", feeling.start, feeling.end)
    for cue in heat.cues:
        body.stylize("bold red", cue.span.start, cue.span.end)
    for item in (*reading.asks, *reading.triggers):
        body.stylize("bold reverse", item.span.start, item.span.end)
    for part in reading.set_aside:
        body.stylize("dim", part.span.start, part.span.end)
    title = f"heat: {heat.label} ({heat.level}/4, score {heat.score:.2f})"
    stdout().print(Panel(body, title=title, border_style=style, title_align="left"))
    stdout().print(
        "[dim]key: [underline cyan]fact[/] · [magenta]feeling[/] · [bold red]heat cue[/] · "
        "[bold reverse]ask or trigger[/] · [dim]set aside[/dim][/dim]"
    )
    for note in reading.notes:
        stdout().print(f"[dim]note: {escape(note)}[/]")
    if not reading.in_scope:
        return
    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold")
    table.add_column()
    felt = [f"{e.name} {e.score:.2f}" for e in reading.emotions if e.present]
    table.add_row("emotions", ", ".join(felt) or "none clear")
    complaint = reading.complaint
    table.add_row(
        "complaint",
        f"{'yes' if complaint.is_complaint else 'no'} ({complaint.score:.2f}), "
        f"severity {complaint.severity}/4",
    )
    table.add_row("asks", _evidence(reading.asks))
    table.add_row("triggers", _evidence(reading.triggers))
    cause = reading.topic.cause.replace("_", " ") if reading.topic.cause else "unclear"
    table.add_row("topic", f"{reading.topic.topic}, likely cause: {cause}")
    entities = ", ".join(f"{e.kind}={e.shown()}" for e in reading.entities)
    table.add_row("entities", escape(entities) or "none")
    table.add_row("channel", "move to a call" if reading.channel == "call" else "reply in writing")
    stdout().print(table)
    if reading.advice:
        stdout().print("[bold]next moves[/]")
        for number, move in enumerate(reading.advice, start=1):
            stdout().print(f" {number}. {escape(move.message)} [dim]({move.move})[/]")


def show_example() -> None:
    """The quick-start demo: read the bundled example email and print what was found."""
    from calmdesk.playbook import load_playbook
    from calmdesk.reading import read

    stdout().print("[bold]calmdesk[/] reading the bundled example client email:\n")
    render(read(example_bytes(), load_playbook()))


def register(app: typer.Typer) -> None:
    @app.command("read")
    def read_command(
        source: Annotated[str, typer.Argument(help="Message file, or '-' for stdin.")] = "-",
        output_format: Annotated[
            str, typer.Option("--format", help="text or json.", case_sensitive=False)
        ] = "text",
        playbook_file: Annotated[
            Path | None, typer.Option("--playbook", help="Team playbook TOML.")
        ] = None,
    ) -> None:
        """Read a client message: heat, emotions, facts, asks, triggers, advice."""
        from calmdesk.playbook import load_playbook
        from calmdesk.reading import read
        from calmdesk.serialise import dumps

        if output_format not in ("text", "json"):
            raise typer.BadParameter("use 'text' or 'json'", param_hint="--format")
        reading = read(read_input(source), load_playbook(playbook_file))
        if output_format == "json":
            sys.stdout.write(dumps(reading) + "\n")
        else:
            render(reading)
