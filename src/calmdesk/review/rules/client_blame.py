"""Client blame: telling the client the delay is their fault instead of stating the fact neutrally.

The forum's case: a project late because the client had not sent the materials. The advice is to
acknowledge the upset, state what is outstanding plainly ("we're waiting on X from your team")
and ask how to speed it up together, which keeps the reply on the solution rather than on blame.
"""

from __future__ import annotations

from collections.abc import Iterator

from calmdesk.review.rules.base import Context, Hit, Phrases, phrase_hits, rule


@rule(
    "client-blame",
    severity="error",
    phrases=True,
    message="This blames the client; state what is outstanding neutrally and offer to speed it up.",
    suggestion="We're still waiting on [item]; what's the quickest way to get it over to us?",
)
def client_blame(context: Context, phrases: Phrases) -> Iterator[Hit]:
    """Flags telling the client a delay is their fault (you never sent, because you failed to).

    Why: even when the hold-up really is on the client's side, saying so as blame starts an
    argument. The fact can be stated neutrally, with an offer to move faster together, which is
    what an upset client needs to hear.

    Bad: The project is late because you never sent the logo files.
    Better: I understand the wait has been hard. We're still waiting on the logo files; if you can
    send them today, I'll have the proofs to you by Friday.
    """
    return phrase_hits(context, phrases)


__register__ = (client_blame,)
