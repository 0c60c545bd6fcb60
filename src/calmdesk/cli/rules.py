"""`calmdesk rules [ID]`: list the review rules, or explain one."""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Annotated

import typer

from calmdesk.cli.output import stdout
from calmdesk.errors import CalmdeskError


class UnknownRuleError(CalmdeskError):
    """`calmdesk rules <id>` was given an id no rule has."""


def register(app: typer.Typer) -> None:
    @app.command("rules")
    def rules_command(
        rule_id: Annotated[
            str | None, typer.Argument(metavar="[ID]", help="A rule id to explain.")
        ] = None,
        playbook_file: Annotated[
            Path | None, typer.Option("--playbook", help="Team playbook TOML.")
        ] = None,
    ) -> None:
        """List the review rules (id, family, severity, what each catches), or explain one."""
        from calmdesk.review.rules import RULES

        if rule_id is not None:
            if rule_id not in RULES:
                close = difflib.get_close_matches(rule_id, list(RULES), n=1)
                hint = f" Did you mean '{close[0]}'?" if close else ""
                raise UnknownRuleError(
                    f"No rule '{rule_id}'.{hint} Run `calmdesk rules` to list them."
                )
            from rich.markdown import Markdown

            from calmdesk.review.rules.documentation import rule_markdown

            stdout().print(Markdown(rule_markdown(RULES[rule_id])))
            return
        from rich.table import Table

        from calmdesk.playbook import load_playbook
        from calmdesk.review.rules import active_rules

        active = {a.rule.id: a.severity for a in active_rules(load_playbook(playbook_file))}
        table = Table(box=None, pad_edge=False)
        for column in ("id", "family", "severity", "what it catches"):
            table.add_column(column, style="bold" if column == "id" else None)
        for rule in RULES.values():
            severity = active.get(rule.id, "off")
            table.add_row(rule.id, rule.family, severity, rule.summary)
        stdout().print(table)
