"""Drafting: `compose` a reply from a Reading that follows the guide and passes review.

The template backend is pure and offline; `calmdesk.compose.llm` optionally asks a configured
OpenAI-compatible endpoint and keeps its draft only when it passes review.

>>> from calmdesk.playbook import default_playbook
>>> from calmdesk.reading import read
>>> from calmdesk.review import review
>>> playbook = default_playbook()
>>> reading = read("My parcel is two weeks late and nobody answers!", playbook)
>>> review(compose(reading, playbook).text, playbook, reading).verdict
'send'
"""

from calmdesk.compose.template import compose, fill, message_seed
from calmdesk.compose.thread import compose_in_thread
from calmdesk.compose.values import BACKENDS, PART_IDS, ComposeContext, Draft, Part, Placeholder

__all__ = [
    "BACKENDS",
    "PART_IDS",
    "ComposeContext",
    "Draft",
    "Part",
    "Placeholder",
    "compose",
    "compose_in_thread",
    "fill",
    "message_seed",
]
