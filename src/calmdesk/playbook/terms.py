"""Terms: named lists of words that a playbook's patterns share.

`{party}` in a pattern stands for any entry of the `party` term, so the list of carriers,
suppliers and other teams a rep might blame is written once, and a team that adds its own
("Acme Logistics", "our hosting provider") adds it in one place. Each entry is itself a regular
expression fragment. A placeholder is a name in braces that starts with a letter, so regular
expression counts such as `{0,60}` are left alone.

>>> expand(r"\\bthe {party} lost it", {"party": ("courier", "warehouse")})
'\\\\bthe (?:courier|warehouse) lost it'
"""

from __future__ import annotations

import re
from collections.abc import Mapping

PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\}")


class UnknownTerm(LookupError):
    """A pattern names a term the playbook does not define."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def expand(pattern: str, terms: Mapping[str, tuple[str, ...]]) -> str:
    """`pattern` with every `{name}` replaced by a group of the term's entries."""

    def group(match: re.Match[str]) -> str:
        entries = terms.get(match[1])
        if entries is None:
            raise UnknownTerm(match[1])
        return "(?:" + "|".join(entries) + ")"

    return PLACEHOLDER.sub(group, pattern)
