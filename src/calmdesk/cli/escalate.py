"""`calmdesk escalate`: should a lead take this thread, why, what to tell the client, and the
handoff note to paste.

calmdesk escalate thread.txt --now 2026-11-24T11:00 --format json
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from calmdesk.cli.read import read_input


def register(app: typer.Typer) -> None:
    @app.command("escalate")
    def escalate_command(
        thread: Annotated[
            str, typer.Argument(help="Thread file (JSON lines or transcript), or '-' for stdin.")
        ] = "-",
        output_format: Annotated[
            str, typer.Option("--format", help="text or json.", case_sensitive=False)
        ] = "text",
        playbook_file: Annotated[
            Path | None, typer.Option("--playbook", help="Team playbook TOML.")
        ] = None,
        now: Annotated[
            str,
            typer.Option(
                "--now",
                help="The time to judge from, ISO 8601 (flags overdue promises and says when "
                "the client will hear back); without an offset it is the playbook's local time. "
                "Default: the time of the newest message, when the thread has times.",
            ),
        ] = "",
        timezone: Annotated[
            str,
            typer.Option(
                "--timezone",
                help="IANA zone for thread times without an offset (default: the playbook's).",
            ),
        ] = "",
        thread_format: Annotated[
            str, typer.Option("--thread-format", help="auto, jsonl or transcript.")
        ] = "auto",
    ) -> None:
        """Decide whether to bring in a lead, with the line for the client and a handoff note."""
        from calmdesk.case import Case
        from calmdesk.escalation import escalate, render_markdown
        from calmdesk.escalation.threads import FORMATS, parse_thread, parse_time, zone_named
        from calmdesk.playbook import load_playbook
        from calmdesk.serialise import dumps
        from calmdesk.text import decode

        if output_format.lower() not in ("text", "json"):
            raise typer.BadParameter("use 'text' or 'json'", param_hint="--format")
        if thread_format.lower() not in FORMATS:
            raise typer.BadParameter(
                f"use one of {', '.join(FORMATS)}", param_hint="--thread-format"
            )
        playbook = load_playbook(playbook_file)
        hours = getattr(playbook, "hours", None)
        zone_name = timezone or (hours.timezone if hours is not None else None)
        text, _ = decode(read_input(thread))
        source = "stdin" if thread == "-" else thread
        messages = parse_thread(text, timezone=zone_name, source=source, kind=thread_format.lower())
        moment = max((m.sent_at for m in messages if m.sent_at is not None), default=None)
        if now:
            zone = zone_named(zone_name, "--timezone") if zone_name else None
            moment = parse_time(now, zone, "--now")
        result = escalate(Case(messages), playbook, now=moment)
        if output_format.lower() == "json":
            sys.stdout.write(dumps(result) + "\n")
        else:
            sys.stdout.write(render_markdown(result))
