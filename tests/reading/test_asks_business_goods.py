"""What business clients ask for in their own trade's words: a print shop's, an agency's, a
software vendor's or a logistics firm's clients.

By the asks' definitions, goods made again ("reprint the flyers", "redo the artwork", "re-run
the batch", "remake the banners") or sent again ("re-deliver the cartons", "resend the final
files") are a `replacement`: a new item or a re-shipment; the same work sooner ("turn the job
around by Friday", "the front of the queue") is `expedite`. A document issued again to put it
right ("reissue the invoice", "a corrected version of the report") is a `fix`: a problem
resolved, as a corrected invoice already is.
"""

from __future__ import annotations

import pytest

from calmdesk.reading.asks import ASKS
from calmdesk.reading.phrases import prepare
from calmdesk.text import normalise
from tests.reading.ask_names import names

# (ask, message, the words the span must cover)
MATCHES = [
    ("replacement", "We need a reprint on our desk by Thursday, or our money back.", "a reprint"),
    ("refund", "We need a reprint on our desk by Thursday, or our money back.", "our money back"),
    ("replacement", "A free reprint is the least you can do after this.", "A free reprint"),
    ("replacement", "We want reprints of all 400 menus.", "want reprints"),
    ("replacement", "Please redo the artwork; the logo is stretched.", "Please redo"),
    ("replacement", "Can you re-run the batch of labels at your cost?", "Can you re-run"),
    ("replacement", "Could you remake the banners in the right size?", "Could you remake"),
    ("replacement", "We need you to reprint the order before the fair.", "need you to reprint"),
    ("replacement", "Reprint the job and courier it to us.", "Reprint"),
    ("replacement", "The logo is blurred. Redo it and send proofs first.", "Redo"),
    (
        "replacement",
        "We expect the whole run reprinted at no charge.",
        "expect the whole run reprinted",
    ),
    (
        "replacement",
        "We need the missing pallets re-delivered this week.",
        "need the missing pallets re-delivered",
    ),
    ("replacement", "These leaflets have to be redone.", "have to be redone"),
    ("replacement", "Please re-deliver the two missing cartons to our warehouse.", "re-deliver"),
    ("replacement", "Resend the final files, the ones we got are corrupt.", "Resend"),
    ("replacement", "The proof is wrong again, redo it properly.", "redo"),
    ("replacement", "Your designer needs to redo the layout.", "Your designer needs to redo"),
    ("expedite", "Can you turn the job around by Friday?", "turn the job around by Friday"),
    (
        "expedite",
        "Can you turn the proofs around in two days?",
        "turn the proofs around in two days",
    ),
    ("expedite", "We need a faster turnaround on the reprint.", "need a faster turnaround"),
    (
        "expedite",
        "Move our job to the front of the queue.",
        "Move our job to the front of the queue",
    ),
    ("expedite", "Can you bump our order up the queue?", "bump our order up the queue"),
    ("expedite", "Could you put a rush on the order?", "put a rush on"),
    ("fix", "Please reissue the invoice with the right PO number.", "reissue the invoice"),
    ("fix", "Can you re-issue invoice 5520 without the late fee?", "re-issue invoice"),
    ("fix", "Send us a corrected version of the report by Monday.", "Send us a corrected version"),
    ("fix", "We need revised proofs before noon.", "need revised proofs"),
]

# (ask, message): the same words, telling what was done or what is no goods
NEAR_MISSES = [
    ("replacement", "The reprint you sent is just as bad."),
    ("replacement", "We reprinted the flyers ourselves at another shop."),
    ("replacement", "I had to redo the slides myself."),
    ("replacement", "Your team re-ran the batch and the labels still peel."),
    ("replacement", "They offered a reprint but never sent it."),
    ("replacement", "Can you re-run the payment? The card was declined."),
    ("replacement", "Could you redo the booking for three people?"),
    ("replacement", "It's a remake of an old film."),
    ("replacement", "Perhaps the heading should be replaced."),
    ("replacement", "Please resend the invoice link."),
    ("replacement", "We need to redo the slides ourselves now."),
    ("expedite", "Your new manager has promised to turn it around in two days."),
    ("expedite", "Their jokes turn words around in a fun way."),
    ("expedite", "We hope the new team can turn things around."),
    ("expedite", "Only you can turn this around by listening to us."),
    ("expedite", "Last year the turnaround was two days; now it is ten."),
    ("expedite", "So you bump the prices up again?"),
    ("fix", "The reissued invoice is still wrong."),
    ("fix", "Your corrected version arrived today."),
]


@pytest.mark.parametrize(("ask", "message", "phrase"), MATCHES)
def test_business_ask_matches_with_its_span(ask: str, message: str, phrase: str) -> None:
    found = names(message)
    assert ask in found, f"{ask} missed in {message!r}: {found}"
    assert found[ask] == phrase


@pytest.mark.parametrize(("ask", "message"), NEAR_MISSES)
def test_business_near_miss_is_not_an_ask(ask: str, message: str) -> None:
    assert ask not in names(message)


def test_goods_made_again_are_no_fix() -> None:
    assert "fix" not in names("Please redo the artwork; the logo is stretched.")


def test_a_document_put_right_is_no_replacement() -> None:
    assert "replacement" not in names("Please reissue the invoice with the right PO number.")


@pytest.mark.parametrize("message", [m for _, m, _ in MATCHES] + [m for _, m in NEAR_MISSES])
def test_start_words_and_anchors_never_hide_a_business_ask(message: str) -> None:
    prepared = prepare(normalise(message))
    assert ASKS.find(prepared) == ASKS.find_anywhere(prepared)
