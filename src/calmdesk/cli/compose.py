"""`calmdesk compose MESSAGE`: draft a reply to a client message, then show its review.

`calmdesk compose --thread THREAD` answers the newest client message of a thread (the formats
`calmdesk escalate` reads), using what the thread shows (`calmdesk.compose.thread`).

The template backend runs offline. `--backend llm` asks an OpenAI-compatible endpoint set by
`--llm-url`/`--llm-model` or the `CALMDESK_LLM_*` variables (the key only from
`CALMDESK_LLM_KEY`, never on the command line); its draft is kept only when it passes review.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from calmdesk.cli.output import stdout
from calmdesk.cli.read import read_input
from calmdesk.cli.review import SEVERITY_STYLES, VERDICT_STYLES
from calmdesk.errors import InputError

if TYPE_CHECKING:
    from rich.text import Text

    from calmdesk.case import Case
    from calmdesk.compose import ComposeContext, Draft
    from calmdesk.compose.llm import LLMConfig
    from calmdesk.playbook.model import Playbook
    from calmdesk.review import Review

FORMATS = ("text", "json")
BACKEND_CHOICES = ("template", "llm")
PLACEHOLDER_STYLE = "bold black on yellow"
LABEL_WIDTH = 12


def parse_now(value: str) -> datetime:
    """`--now` as a date-time; a clear error for anything else."""
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        raise InputError(
            f"--now '{value}' is not a date-time; use ISO 8601 such as 2026-11-24T10:00:00."
        ) from None


def load_context(source: str | None) -> ComposeContext:
    """The context in a JSON file ('-' for stdin), or an empty one."""
    from calmdesk.compose.values import ComposeContext, context_from_json

    if source is None:
        return ComposeContext()
    try:
        data = json.loads(read_input(source).decode("utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise InputError(f"The context file {source} is not valid JSON: {error}.") from error
    return context_from_json(data)


def thread_case(source: str, playbook: Playbook) -> Case:
    """The thread in a file ('-' for stdin) as a case; times without an offset are the
    playbook's local time."""
    from calmdesk.case import Case
    from calmdesk.escalation.threads import parse_thread
    from calmdesk.text import decode

    hours = getattr(playbook, "hours", None)
    text, _ = decode(read_input(source))
    name = "stdin" if source == "-" else source
    zone = hours.timezone if hours is not None else None
    return Case(parse_thread(text, timezone=zone, source=name))


def llm_config(url: str | None, model: str | None) -> LLMConfig:
    """The endpoint from the options, falling back on the environment for what they leave out."""
    from calmdesk.compose.llm import LLMConfig

    from_env = LLMConfig.from_env(os.environ) if os.environ.get("CALMDESK_LLM_URL") else None
    url = url or (from_env.url if from_env else None)
    model = model or (from_env.model if from_env else None) or os.environ.get("CALMDESK_LLM_MODEL")
    if not url or not model:
        raise InputError(
            "--backend llm needs an endpoint: give --llm-url and --llm-model, or set "
            "CALMDESK_LLM_URL and CALMDESK_LLM_MODEL (and CALMDESK_LLM_KEY if it needs a key)."
        )
    if from_env is not None:
        return replace(from_env, url=url, model=model)
    return LLMConfig(url, model, os.environ.get("CALMDESK_LLM_KEY") or None)


def draft_text(draft: Draft) -> Text:
    """The draft with each part labelled in a left gutter and placeholders highlighted."""
    from rich.text import Text

    shown = Text()
    for part in draft.parts:
        body = Text(part.span.text)
        for placeholder in draft.placeholders:
            if part.span.start <= placeholder.span.start < part.span.end:
                body.stylize(
                    PLACEHOLDER_STYLE,
                    placeholder.span.start - part.span.start,
                    placeholder.span.end - part.span.start,
                )
        lines = body.split("\n")
        for number, line in enumerate(lines):
            label = part.step if number == 0 else ""
            shown.append(f"{label:>{LABEL_WIDTH}} \u2502 ", style="dim")
            shown.append_text(line)
            shown.append("\n")
    return shown


def render(draft: Draft, result: Review) -> None:
    from rich.markup import escape

    stdout().print(f"[bold]draft[/] [dim](backend {draft.backend}, seed {draft.seed})[/]")
    stdout().print(draft_text(draft), end="")
    if draft.placeholders:
        names = ", ".join(dict.fromkeys(p.name for p in draft.placeholders))
        stdout().print(f"[{PLACEHOLDER_STYLE}]to fill[/] {escape(names)}")
    for note in draft.notes:
        stdout().print(f"[dim]note:[/] {escape(note)}")
    style = VERDICT_STYLES[result.verdict]
    stdout().print(f"[bold]review[/] [{style}]{result.verdict}[/] \u00b7 score {result.score}/100")
    for finding in result.findings:
        where = f" \u201c{escape(finding.quote(result.text))}\u201d" if finding.end else ""
        finding_style = SEVERITY_STYLES[finding.severity]
        stdout().print(
            f" \u00b7 [{finding_style}]{finding.severity}[/] [bold]{finding.rule}[/]{where}: "
            f"{escape(finding.message)}"
        )


def register(app: typer.Typer) -> None:
    @app.command("compose")
    def compose_command(
        message: Annotated[
            str,
            typer.Argument(
                help="Client message file, or '-' for stdin; with --thread, the thread file."
            ),
        ],
        thread: Annotated[
            bool,
            typer.Option(
                "--thread",
                help="MESSAGE is a thread (JSON lines or a Client:/Rep: transcript, as for "
                "`calmdesk escalate`): answer its newest client message, using what the thread "
                "shows (facts given, remedies tried, overdue promises, escalation).",
            ),
        ] = False,
        context_file: Annotated[
            str | None,
            typer.Option(
                "--context", help="JSON: now, rep_name, facts, tried, seed, cause ('-' = stdin)."
            ),
        ] = None,
        seed: Annotated[
            int | None, typer.Option("--seed", help="Pick the wording; same seed, same draft.")
        ] = None,
        output_format: Annotated[
            str, typer.Option("--format", help="text or json.", case_sensitive=False)
        ] = "text",
        playbook_file: Annotated[
            Path | None, typer.Option("--playbook", help="Team playbook TOML.")
        ] = None,
        backend: Annotated[
            str, typer.Option("--backend", help="template (offline, default) or llm.")
        ] = "template",
        llm_url: Annotated[
            str | None, typer.Option("--llm-url", help="OpenAI-compatible endpoint base URL.")
        ] = None,
        llm_model: Annotated[
            str | None, typer.Option("--llm-model", help="Model name for --backend llm.")
        ] = None,
        now: Annotated[
            str | None,
            typer.Option(
                "--now",
                help="When the reply goes out, ISO 8601 (without an offset: the playbook's local "
                "time); times in the draft are worked out from it. Overrides the context's.",
            ),
        ] = None,
    ) -> None:
        """Draft a reply that follows the guide, then show the review of that draft."""
        from calmdesk.case import prepare
        from calmdesk.compose import compose, compose_in_thread
        from calmdesk.playbook import load_playbook
        from calmdesk.reading import read
        from calmdesk.review import review
        from calmdesk.serialise import dump

        output_format = output_format.lower()
        if output_format not in FORMATS:
            raise typer.BadParameter("use 'text' or 'json'", param_hint="--format")
        if backend not in BACKEND_CHOICES:
            raise typer.BadParameter("use 'template' or 'llm'", param_hint="--backend")
        if message == "-" and context_file == "-":
            raise InputError("Only one of MESSAGE and --context can come from stdin ('-').")
        playbook = load_playbook(playbook_file)
        context = load_context(context_file)
        if seed is not None:
            context = replace(context, seed=seed)
        if now:
            context = replace(context, now=parse_now(now))
        if thread:
            if backend == "llm":
                raise InputError("--thread drafts with the template backend; drop --backend llm.")
            # prepared once: the draft and its review use the same readings
            case = prepare(thread_case(message, playbook), playbook)
            draft = compose_in_thread(case, playbook, context)
            newest = case.readings[-1]
            if newest is None:  # the newest message is the rep's: compose_in_thread says so
                raise InputError("The newest message in the thread is from the rep.")
            reading = newest
        elif backend == "llm":
            from calmdesk.compose.llm import compose_llm  # with an HTTP client: only when asked

            reading = read(read_input(message), playbook)
            draft = compose_llm(reading, playbook, llm_config(llm_url, llm_model), context)
        else:
            reading = read(read_input(message), playbook)
            draft = compose(reading, playbook, context)
        result = review(draft.text, playbook, reading)
        if output_format == "json":
            out = {"draft": dump(draft), "review": dump(result)}
            sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
        else:
            render(draft, result)
