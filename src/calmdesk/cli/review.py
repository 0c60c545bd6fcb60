"""`calmdesk review DRAFT`: check a reply draft against the guide before sending it.

Exit status: 0 when no finding is at or above `--fail-on` (default: error), 1 when one is, 2 for
a usage error (a missing file, a bad option, a draft over the size limit).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from calmdesk.cli.output import stdout
from calmdesk.cli.read import read_input
from calmdesk.errors import InputError

if TYPE_CHECKING:
    from calmdesk.review.values import Finding, Review

FORMATS = ("text", "json", "github")
SEVERITY_STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan"}
VERDICT_STYLES = {"send": "bold green", "revise": "bold yellow", "rewrite": "bold red"}
_GITHUB_LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def github_lines(result: Review, file_name: str) -> list[str]:
    """GitHub Actions annotation commands, one per finding."""
    lines = []
    for finding in result.findings:
        line, column = line_and_column(result.text, finding.start)
        end_line, end_column = line_and_column(result.text, max(finding.end, finding.start))
        level = _GITHUB_LEVELS[finding.severity]
        message = f"{finding.message} Try: {finding.suggestion}"
        lines.append(
            f"::{level} file={_escape_property(file_name)},line={line},col={column},"
            f"endLine={end_line},endColumn={end_column},"
            f"title={_escape_property(finding.rule)}::{_escape_data(message)}"
        )
    return lines


def _finding_line(number: int, finding: Finding, text: str) -> str:
    from rich.markup import escape

    style = SEVERITY_STYLES[finding.severity]
    where = (
        f" [italic]\u201c{escape(' '.join(finding.quote(text).split()))}\u201d[/]"
        if finding.end > finding.start
        else " [dim](whole draft)[/]"
    )
    return (
        f"{number:>2}. [{style}]{finding.severity}[/] [bold]{finding.rule}[/]{where}\n"
        f"    {escape(finding.message)}\n    [green]try:[/] {escape(finding.suggestion)}"
    )


def render(result: Review) -> None:
    """The draft with the findings underlined, the findings with better wording, the steps."""
    from rich.markup import escape
    from rich.panel import Panel
    from rich.text import Text

    from calmdesk.text import unwrap

    # Lines a mail client broke at 72-80 columns are joined, so the panel wraps them afresh.
    body = Text(unwrap(result.text))
    for finding in result.findings:
        if finding.end > finding.start:
            body.stylize(
                f"underline {SEVERITY_STYLES[finding.severity]}", finding.start, finding.end
            )
    verdict_style = VERDICT_STYLES[result.verdict]
    title = f"[{verdict_style}]{result.verdict}[/] · score {result.score}/100"
    stdout().print(Panel(body, title=title, title_align="left", border_style=verdict_style))
    if result.findings:
        stdout().print("[bold]findings[/]")
        for number, finding in enumerate(result.findings, start=1):
            stdout().print(_finding_line(number, finding, result.text))
    else:
        stdout().print("[green]no findings[/]")
    stdout().print("[bold]steps[/]")
    for step in result.steps:
        mark = (
            "[green]\u2714[/]"
            if step.strength == 2
            else "[yellow]~[/]"
            if step.present
            else "[red]\u2718[/]"
        )
        strength = ("missing", "weak", "strong")[step.strength]
        stdout().print(f" {mark} {step.step:<12} [dim]{strength}[/]")
    stdout().print("[bold]why this score[/]")
    for reason in result.explanation:
        stdout().print(f" · {escape(reason)}")


def register(app: typer.Typer) -> None:
    @app.command("review")
    def review_command(
        draft: Annotated[str, typer.Argument(help="Draft reply file, or '-' for stdin.")],
        client: Annotated[
            str | None,
            typer.Option("--client", help="The client's message (file, or '-' for stdin)."),
        ] = None,
        output_format: Annotated[
            str, typer.Option("--format", help="text, json or github.", case_sensitive=False)
        ] = "text",
        fail_on: Annotated[
            str,
            typer.Option(
                "--fail-on", help="Exit 1 on a finding this severe: info, warning, error, never."
            ),
        ] = "error",
        playbook_file: Annotated[
            Path | None, typer.Option("--playbook", help="Team playbook TOML.")
        ] = None,
    ) -> None:
        """Review a reply draft: steps taken, findings with better wording, score and verdict."""
        from calmdesk.playbook import load_playbook
        from calmdesk.reading import read
        from calmdesk.review import review
        from calmdesk.review.values import SEVERITIES
        from calmdesk.serialise import dumps
        from calmdesk.text import normalise, what_is_empty

        fail_levels = (*SEVERITIES, "never")
        output_format = output_format.lower()
        if output_format not in FORMATS:
            raise typer.BadParameter("use 'text', 'json' or 'github'", param_hint="--format")
        if fail_on not in fail_levels:
            raise typer.BadParameter(f"use one of {', '.join(fail_levels)}", param_hint="--fail-on")
        if draft == "-" and client == "-":
            raise InputError("Only one of the draft and --client can come from stdin ('-').")
        playbook = load_playbook(playbook_file)
        reading = read(read_input(client), playbook) if client is not None else None
        text = read_input(draft)
        document = normalise(text, max_chars=playbook.limits.max_chars)
        empty = what_is_empty(document)
        if empty is not None:
            # A gate in CI must not pass an empty reply: this is bad input, as for `read`.
            raise InputError(f"The draft is {empty}: there is nothing to review.")
        result = review(document, playbook, reading)
        if output_format == "json":
            sys.stdout.write(dumps(result) + "\n")
        elif output_format == "github":
            name = "stdin" if draft == "-" else draft
            for line in github_lines(result, name):
                sys.stdout.write(line + "\n")
        else:
            render(result)
        if fail_on != "never":
            floor = SEVERITIES.index(fail_on)
            if any(SEVERITIES.index(f.severity) >= floor for f in result.findings):
                raise typer.Exit(1)
