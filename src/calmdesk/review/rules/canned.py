"""Canned wording: stock apologies and template boilerplate that show nobody read the message.

The guide's DON'T list: canned or dismissive language; its DO list: apologise sincerely.
"""

from __future__ import annotations

from collections.abc import Iterator

from calmdesk.review.rules.base import Context, Hit, Phrases, phrase_hits, rule


@rule(
    "canned-apology",
    severity="warning",
    phrases=True,
    message="A form-letter apology reads as a template.",
    suggestion="I'm sorry [what went wrong], especially with [what it cost the client].",
)
def canned_apology(context: Context, phrases: Phrases) -> Iterator[Hit]:
    """Flags form-letter apologies and stock lines: any inconvenience caused, your call is important
    to us.

    Why: a stock apology tells the client their message was answered by a template. The guide asks
    for a sincere apology, which names what went wrong and what it cost them.

    Bad: We apologise for any inconvenience this may have caused.
    Better: I'm sorry the chairs arrived scratched, especially with your opening on Saturday.
    """
    return phrase_hits(context, phrases)


@rule(
    "template-boilerplate",
    severity="info",
    phrases=True,
    message="Template boilerplate; an upset client reads it as 'nobody looked at my message'.",
    suggestion="Start with their situation: 'I can see your order [number] still hasn't arrived.'",
)
def template_boilerplate(context: Context, phrases: Phrases) -> Iterator[Hit]:
    """Flags template lines: dear valued customer, thank you for contacting us, we strive to.

    Why: the guide warns against canned language. Boilerplate costs the client reading time and
    signals a form response; the first line is better spent on their situation.

    Bad: Dear valued customer, thank you for contacting us. We have received your complaint.
    Better: Hi Priya, I can see your order still hasn't arrived, and I'm sorry you've had to chase
    it.
    """
    return phrase_hits(context, phrases)


__register__ = (canned_apology, template_boilerplate)
