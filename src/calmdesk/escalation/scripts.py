"""The line a rep says to the client when bringing in a lead: added support, never a hand-off.

A line has three parts: an opener that answers the main reason (in the client's terms), one of
the playbook's escalation scripts (the team's own words), and a closer that keeps the rep in the
picture and, when the time is known, says by when the client will hear back. The parts are
picked with a seed derived from the case, so the same case always gets the same line and two
cases rarely get the same one. No part may match the playbook's `deflection` patterns ("you'll
have to talk to my manager", "nothing more I can do"); the tests check every combination.

>>> options = ("a", "b", "c")
>>> pick(options, seed_of("case-42"), "opener") == pick(options, seed_of("case-42"), "opener")
True
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime

# Openers by the reason that leads; each acknowledges why, then turns to help.
OPENERS: dict[str, tuple[str, ...]] = {
    "manager_request": (
        "You asked for someone more senior, and I agree it's the quickest way to settle this.",
        "Thank you for telling me plainly what you'd like.",
        "You're right to want more weight behind this.",
    ),
    # Someone senior threatened if it isn't settled: show it is being settled, with more help.
    "manager_threatened": (
        "I understand this has to be settled now, and I don't want you to have to take it "
        "further to get there.",
        "You shouldn't have to go above anyone's head to get this fixed, and I'm making sure you "
        "won't need to.",
        "I know what's at stake if this drags on, so I'm putting more weight behind it now.",
    ),
    "refund_above_ceiling": (
        "What you're asking for is fair to raise, and a refund of this size needs a second "
        "signature.",
        "I want you to have a proper answer on the refund, and that takes my lead's sign-off, "
        "which I'm requesting now.",
        "A refund of this size goes through a senior colleague, and I've put it in front of "
        "them already.",
    ),
    "policy_exception": (
        "What you're asking for goes beyond our usual terms, so it deserves a proper decision "
        "rather than a quick answer.",
        "That's a reasonable thing to ask, and it needs a decision from someone senior.",
        "I'd like you to get a considered answer on that, not a stock one.",
    ),
    "legal_threat": (
        "I take what you've said seriously, and I want this resolved properly.",
        "I understand why you feel this has to go further.",
        "I hear how serious this has become for you.",
    ),
    "public_threat": (
        "I hear how strongly you feel about this, and I'd much rather put it right with you "
        "directly.",
        "I take what you've said seriously, and I want to fix this with you.",
        "You've every reason to want this noticed, and I want it fixed for you.",
    ),
    "abuse": (
        "I want to get this resolved for you.",
        "Let's get this sorted out for you.",
        "I'd like to get this moving for you.",
    ),
    "heat_high": (
        "I can hear how much this has worn on you, and you shouldn't have to keep pushing.",
        "This has gone on far too long for you, and I'm sorry it has.",
        "I can see this has reached the point where it needs more than one of us.",
    ),
    "heat_rising": (
        "I can hear this is getting harder for you, not easier, and I want to change that.",
        "I can see my answers so far haven't settled this for you.",
        "This deserves more than I've been able to give it on my own so far.",
    ),
    "repeat_contact": (
        "You shouldn't have had to chase us on this, and I'm sorry you have.",
        "I'm sorry you've had to get in touch about this more than once.",
        "You've been patient with us for longer than you should have had to be.",
    ),
    "churn_threat": (
        "I don't want this to be the reason you leave us, and I'd like the chance to put it right.",
        "I understand why you're thinking of going elsewhere, and I want to earn back your trust.",
        "You've every right to weigh your options; I'd like to show you this can be fixed.",
    ),
    "promise_missed": (
        "We didn't come back to you when we said we would, and I'm sorry for that.",
        "You were given a time and we let it slip; that's on us.",
        "I'm sorry we missed the time we gave you.",
    ),
    "executive_copied": (
        "Thank you for bringing your colleague in; this deserves attention at every level.",
        "I can see this now matters well beyond your own desk, and it does to us too.",
        "With more of your team following this, I want you all to see it handled properly.",
    ),
}
# Used when a playbook has no scripts of its own.
CORES = (
    "I'm bringing in my team lead so you have two of us working on this.",
    "I've asked a manager to join us so this moves faster.",
)
# `{when}` is the time the client will hear back ("3 pm today").
CLOSERS_WITH_TIME = (
    "One of us will be back in touch by {when}, whatever the news.",
    "You'll have an update from us by {when}, and I'm staying on the case.",
    "Whichever of us has news first will update you by {when}.",
)
CLOSERS = (
    "I'm staying on the case with them, so you'll keep hearing from me.",
    "I'm not stepping away: I'll stay on this with them until it's settled.",
    "I'll stay involved, so you'll have a familiar voice throughout.",
)


def seed_of(key: str) -> int:
    """A stable number from a text (Python's `hash` changes between runs; this does not).

    >>> seed_of("case-42") == seed_of("case-42")
    True
    """
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big")


def pick(options: tuple[str, ...], seed: int, part: str) -> str:
    """One of `options`, chosen by `seed`; each `part` of a line draws independently."""
    return options[seed_of(f"{seed}:{part}") % len(options)]


def when_phrase(moment: datetime, now: datetime) -> str:
    """'3 pm today', '10:30 am tomorrow', '9 am on Monday', '9 am on Tue 1 Dec', said from `now`.

    >>> when_phrase(datetime(2026, 11, 24, 15), datetime(2026, 11, 24, 10))
    '3 pm today'
    """
    hour = moment.hour % 12 or 12
    clock = f"{hour}:{moment.minute:02d}" if moment.minute else f"{hour}"
    clock += " am" if moment.hour < 12 else " pm"
    days = (moment.date() - now.date()).days
    if days <= 0:
        return f"{clock} today"
    if days == 1:
        return f"{clock} tomorrow"
    if days < 7:
        return f"{clock} on {moment.strftime('%A')}"
    return f"{clock} on {_short_day(moment.date())}"


def _short_day(day: date) -> str:
    return f"{day.strftime('%a')} {day.day} {day.strftime('%b')}"


def _address(name: str | None, sentence: str) -> str:
    """Put the client's name first, as the guide asks: 'Priya, you asked...'."""
    if not name:
        return sentence
    keep_capital = sentence.startswith(("I ", "I'", "I’"))
    return f"{name}, {sentence if keep_capital else sentence[0].lower() + sentence[1:]}"


def client_line(
    lead_kind: str,
    seed: int,
    scripts: tuple[str, ...],
    name: str | None = None,
    when: str | None = None,
) -> str:
    """The line for the client: opener for `lead_kind`, a script, and a closer.

    >>> line = client_line("manager_request", 7, ("I'm bringing in my lead.",), "Dana", "3 pm")
    >>> line.startswith("Dana, ") and "I'm bringing in my lead." in line and "3 pm" in line
    True
    """
    opener = pick(OPENERS.get(lead_kind, OPENERS["heat_high"]), seed, "opener")
    core = pick(scripts or CORES, seed, "core")
    if when:
        closer = pick(CLOSERS_WITH_TIME, seed, "closer").format(when=when)
    else:
        closer = pick(CLOSERS, seed, "closer")
    return " ".join((_address(name, opener), core, closer))
