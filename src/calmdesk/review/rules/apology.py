"""Apology: the non-apology that apologises for the client's feelings or on a condition.

The guide's DO list: apologise sincerely. "Sorry if you feel..." does the opposite.
"""

from __future__ import annotations

from collections.abc import Iterator

from calmdesk.review.rules.base import Context, Hit, Phrases, phrase_hits, rule


@rule(
    "insincere-apology",
    severity="error",
    phrases=True,
    message="This apologises for the client's feelings, not for what went wrong.",
    suggestion="I'm sorry we let you down on [what went wrong].",
)
def insincere_apology(context: Context, phrases: Phrases) -> Iterator[Hit]:
    """Flags non-apologies: sorry you feel that way, sorry if you were upset, sorry but that's
    policy.

    Why: an apology for how the client feels, or one that depends on an "if", puts the problem
    back on them and usually raises the heat. A sincere apology names what went wrong.

    Bad: I'm sorry you feel that way about the delivery.
    Better: I'm sorry the delivery missed the date we promised you.
    """
    return phrase_hits(context, phrases)


__register__ = (insincere_apology,)
