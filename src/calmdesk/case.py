"""One client situation: its messages in order, and what calmdesk has already worked out about them.

A `Case` is a plain, frozen value. `readings` and `commitments` are optional caches lined up with
`messages` (one entry a message, `None` where nothing is stored yet): analysers such as
`calmdesk.escalation.escalate` use a stored entry instead of working it out again, so a case that
grows one message at a time is read once per message. `prepare` fills them in.

>>> from datetime import datetime, timezone
>>> from calmdesk.message import Message
>>> from calmdesk.playbook import default_playbook
>>> case = Case((Message("Where is order 4411?", "client",
...                      sent_at=datetime(2026, 11, 24, 10, tzinfo=timezone.utc)),))
>>> prepared = prepare(case, default_playbook())
>>> prepared.readings[0].heat.label, prepared.commitments
('calm', (None,))
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from calmdesk.commitments import Commitment, commitments
from calmdesk.errors import InputError
from calmdesk.message import ROLES, Message
from calmdesk.playbook.model import BusinessHours, Playbook
from calmdesk.reading.values import Reading
from calmdesk.text import Document, normalise

STATUSES = ("open", "waiting", "resolved", "closed")

# A rep message without a time still has promises worth listing; their due times are dropped.
_ANY_TIME = datetime(2000, 1, 3, 12, 0)
_FALLBACK_HOURS = BusinessHours("UTC", "09:00", "17:00", ("mon", "tue", "wed", "thu", "fri"), None)


@dataclass(frozen=True, slots=True)
class Case:
    """A client situation: messages oldest first, with optional stored analyses.

    `readings[i]` is the `Reading` of client message `i` (None for rep messages or when not
    read yet); `commitments[i]` holds the promises of rep message `i` (None for client messages
    or when not worked out yet). Both are either empty or exactly as long as `messages`.
    `id` is the team's own reference; it also seeds wording that should differ between cases.
    """

    messages: tuple[Message, ...]
    readings: tuple[Reading | None, ...] = ()
    commitments: tuple[tuple[Commitment, ...] | None, ...] = ()
    id: str = ""
    status: str = "open"
    owner: str | None = None

    def reading(self, index: int) -> Reading | None:
        """The stored reading of message `index`, if any."""
        return self.readings[index] if index < len(self.readings) else None

    def promises(self, index: int) -> tuple[Commitment, ...] | None:
        """The stored promises of message `index`, if any."""
        return self.commitments[index] if index < len(self.commitments) else None


def check(case: Case) -> None:
    """Raise `InputError` when the case cannot be analysed: no messages, unknown roles, no client
    message, or stored analyses that do not line up with the messages."""
    if not case.messages:
        raise InputError("The case has no messages; add at least one client message.")
    for index, message in enumerate(case.messages):
        if message.role not in ROLES:
            raise InputError(
                f"Message {index + 1} has role '{message.role}'; use 'client' or 'rep'."
            )
    if not any(message.role == "client" for message in case.messages):
        raise InputError(
            "The case has only rep messages; there is nothing from the client to assess yet."
        )
    for name, stored in (("readings", case.readings), ("commitments", case.commitments)):
        if stored and len(stored) != len(case.messages):
            raise InputError(
                f"The case has {len(case.messages)} messages but {len(stored)} {name}; store one "
                "entry a message (None where there is none) or none at all."
            )


def rep_promises(
    document: Document, sent_at: datetime | None, playbook: Playbook
) -> tuple[Commitment, ...]:
    """The promises in a rep message. Without a send time, promises are kept without due times.

    A playbook without business hours cannot resolve due times either: promises are then kept
    with `due_at` None and a note saying why, rather than refused.
    """
    hours = getattr(playbook, "hours", None)
    if sent_at is not None and hours is not None:
        return commitments(document, sent_at, playbook)
    if hours is None:
        note = "the playbook has no business hours, so no due time"
        timeless = replace(playbook, hours=_FALLBACK_HOURS)
    else:
        note = "the message has no time, so no due time"
        timeless = playbook
    found = commitments(document, _ANY_TIME, timeless)
    # A promise that was vague anyway keeps saying so; the others lose only their due time.
    return tuple(
        item if item.due_at is None else replace(item, due_at=None, note=note) for item in found
    )


def prepare(case: Case, playbook: Playbook) -> Case:
    """The case with every missing reading and rep promise list worked out (pure, no I/O).

    Raises `InputError` for an empty case, a case without client messages, or a client message
    with nothing to read.
    """
    return prepare_with_documents(case, playbook)[0]


def prepare_with_documents(case: Case, playbook: Playbook) -> tuple[Case, dict[int, Document]]:
    """`prepare`, also giving the rep messages it had to normalise, by index, so that a caller
    which needs their sentences again (the escalation handoff) does not normalise them twice.
    Their language is not detected (`Document.language` is ""): nothing reads it."""
    from calmdesk.reading.reader import read  # the reader loads its model on first use

    check(case)
    readings: list[Reading | None] = []
    promises: list[tuple[Commitment, ...] | None] = []
    documents: dict[int, Document] = {}
    for index, message in enumerate(case.messages):
        if message.role == "client":
            reading = case.reading(index)
            if reading is None:
                try:
                    reading = read(message, playbook)
                except InputError as error:
                    raise InputError(f"Message {index + 1} (client): {error}") from error
            readings.append(reading)
            promises.append(None)
        else:
            readings.append(None)
            stored = case.promises(index)
            if stored is None:
                # Promises and the handoff read a rep message whatever its language.
                document = normalise(message.text, playbook.limits.max_chars, language=False)
                documents[index] = document
                stored = rep_promises(document, message.sent_at, playbook)
            promises.append(stored)
    prepared = replace(case, readings=tuple(readings), commitments=tuple(promises))
    return prepared, documents
