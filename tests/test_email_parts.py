"""Business email as it arrives: which part is the new message and which parts are set aside.

Each email below is our own, written in the forms mail clients produce (Gmail, Outlook, Apple Mail,
phones; plain text and HTML; English, French, German and Spanish quote headers). For each we say
what a person would call the new message, the words calmdesk must read, and which parts are set
aside, of which kind, by the line each part starts with: `quoted` for earlier messages (replied to
or forwarded), `signature` for the sign-off, name, title, company and phone lines and the phone's
"Sent from" line, `disclaimer` for the legal notice a company's server adds.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calmdesk.text import Document, normalise


@dataclass(frozen=True)
class Email:
    name: str
    raw: str
    new: str  # the new message, as the reader sees it (whitespace aside)
    parts: list[tuple[str, str]] = field(default_factory=list)  # (kind, its first line)


def words(text: str) -> str:
    return " ".join(text.split())


EMAILS = [
    Email(
        "gmail reply, one-line quote header",
        "Hi Tom,\n\n"
        "The replacement router still hasn't turned up and the office has been offline since "
        "Monday.\nCan you tell me today when it will be delivered?\n\n"
        "Thanks,\nPriya\n\n"
        "On Tue, 3 Mar 2026 at 09:12, Tom Becker <tom.becker@example.com> wrote:\n"
        "> Hi Priya,\n>\n> A new router is on its way and should reach you within two days.\n"
        ">\n> Tom\n",
        "Hi Tom,\n\nThe replacement router still hasn't turned up and the office has been offline "
        "since Monday.\nCan you tell me today when it will be delivered?",
        [("signature", "Thanks,"), ("quoted", "On Tue, 3 Mar 2026 at 09:12, Tom Becker")],
    ),
    Email(
        "gmail reply, quote header broken over two lines",
        "We still have not received the credit note you promised for the cancelled order.\n"
        "Please send it this week.\n\n"
        "Best,\nOwen Price\n\n"
        "On Thu, Mar 5, 2026 at 2:47 PM Accounts Team <accounts@example.org>\n"
        "wrote:\n\n"
        "> Dear Owen, we have raised a credit note for order 7731 and it will be\n"
        "> emailed to you shortly.\n",
        "We still have not received the credit note you promised for the cancelled order.\n"
        "Please send it this week.",
        [("signature", "Best,"), ("quoted", "On Thu, Mar 5, 2026 at 2:47 PM Accounts Team")],
    ),
    Email(
        "gmail reply, header broken inside the address",
        "That is not what I was told on the phone. I was promised a full refund, not a voucher.\n\n"
        "On Wed, 11 Feb 2026 at 16:03, Customer Care <\ncare@example.com> wrote:\n\n"
        "> We can offer you a voucher for the full value of your booking.\n",
        "That is not what I was told on the phone. I was promised a full refund, not a voucher.",
        [("quoted", "On Wed, 11 Feb 2026 at 16:03, Customer Care <")],
    ),
    Email(
        "outlook plain reply with a rule and a From/Sent/To/Subject header",
        "Hello Ms Okafor,\n\n"
        "Your colleague said the engineer would come on Friday. Nobody came and nobody called.\n"
        "I need a firm date for the repair.\n\n"
        "Kind regards\n"
        "Martin Hale\nFacilities Manager\nGreyfield Schools Trust\nTel: 01632 960 418\n\n"
        "________________________________\n"
        "From: Ada Okafor <ada.okafor@example.net>\n"
        "Sent: 02 March 2026 11:20\n"
        "To: Martin Hale <m.hale@example.org>\n"
        "Subject: RE: Boiler repair\n\n"
        "Dear Mr Hale,\nOur engineer will attend on Friday morning.\nRegards,\nAda\n",
        "Hello Ms Okafor,\n\nYour colleague said the engineer would come on Friday. Nobody came "
        "and nobody called.\nI need a firm date for the repair.",
        [("signature", "Kind regards"), ("quoted", "________________________________")],
    ),
    Email(
        "outlook original message separator",
        "Following up again. The invoice below charges us for 40 licences; we have 25.\n"
        "Please reissue it.\n\n"
        "Regards,\nHelen\n\n"
        "-----Original Message-----\n"
        "From: Billing <billing@example.com>\n"
        "Sent: Monday, March 2, 2026 8:01 AM\n"
        "To: Helen Marsh\n"
        "Subject: Invoice INV-5520\n\n"
        "Please find attached your invoice for March.\n",
        "Following up again. The invoice below charges us for 40 licences; we have 25.\n"
        "Please reissue it.",
        [("signature", "Regards,"), ("quoted", "-----Original Message-----")],
    ),
    Email(
        "gmail forward with a note on top",
        "Forwarding the confirmation you sent me. It clearly says delivery by the 12th, and it is "
        "now the 19th. I want the delivery charge refunded.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Orders <orders@example.shop>\n"
        "Date: Mon, 9 Mar 2026 at 10:15\n"
        "Subject: Your order 60419 is confirmed\n"
        "To: <lena.fischer@example.com>\n\n"
        "Thank you for your order. It will be delivered by 12 March.\n",
        "Forwarding the confirmation you sent me. It clearly says delivery by the 12th, and it is "
        "now the 19th. I want the delivery charge refunded.",
        [("quoted", "---------- Forwarded message ---------")],
    ),
    Email(
        "apple mail forward",
        "See below. Three weeks and still no answer to this.\n\n"
        "Sent from my iPad\n\n"
        "Begin forwarded message:\n\n"
        "From: Grace Lin <grace.lin@example.com>\n"
        "Subject: Damaged shelving unit\n"
        "Date: 16 February 2026 at 18:40:12 GMT\n"
        "To: help@example.shop\n\n"
        "The shelving unit arrived with two bent uprights. Please advise.\n",
        "See below. Three weeks and still no answer to this.",
        [("signature", "Sent from my iPad"), ("quoted", "Begin forwarded message:")],
    ),
    Email(
        "apple mail reply from a phone, quote header itself quoted",
        "Still waiting. This is really not good enough.\n\n"
        "Sent from my iPhone\n\n"
        "> On 3 Mar 2026, at 09:12, Support <support@example.com> wrote:\n>\n"
        "> We're looking into it and will get back to you.\n",
        "Still waiting. This is really not good enough.",
        [("signature", "Sent from my iPhone"), ("quoted", "> On 3 Mar 2026, at 09:12")],
    ),
    Email(
        "apple mail reply, header not quoted",
        "No, the part number you sent is for the older model. Ours is the 2024 version.\n\n"
        "On 4 Mar 2026, at 14:02, Parts Desk <parts@example.co.uk> wrote:\n\n"
        "Could you confirm the part number before we dispatch?\n",
        "No, the part number you sent is for the older model. Ours is the 2024 version.",
        [("quoted", "On 4 Mar 2026, at 14:02, Parts Desk")],
    ),
    Email(
        "signature after a dash-dash delimiter",
        "Our payroll export failed again last night and 140 staff may not be paid on time.\n"
        "I need someone technical on this now.\n\n"
        "-- \n"
        "Rosa Jimenez | Head of People\n"
        "Calder & Finch LLP\n"
        "+44 20 7946 0123 | rosa.jimenez@example.co.uk\n",
        "Our payroll export failed again last night and 140 staff may not be paid on time.\n"
        "I need someone technical on this now.",
        [("signature", "-- ")],
    ),
    Email(
        "a long signature: sign-off, name, title, company, address, phones, website",
        "The catering order for Thursday's event has been cancelled without any warning.\n"
        "Please call me as soon as you read this.\n\n"
        "Best regards,\n"
        "Nadia Petrova\n"
        "Events Coordinator\n"
        "Harbourside Conference Centre\n"
        "12 Quay Street, Bristol BS1 4XY\n"
        "T: +44 117 496 0555\n"
        "M: +44 7700 900 812\n"
        "www.harbourside.example\n",
        "The catering order for Thursday's event has been cancelled without any warning.\n"
        "Please call me as soon as you read this.",
        [("signature", "Best regards,")],
    ),
    Email(
        "signature followed by a confidentiality disclaimer",
        "We were charged twice for the March subscription. Please refund the duplicate payment.\n\n"
        "Kind regards,\n"
        "Jacob Moss\n"
        "Finance Assistant, Moss & Daughters\n\n"
        "This email and any attachments are confidential and intended solely for the use of the "
        "individual or entity to whom they are addressed. If you have received this email in "
        "error, please notify the sender immediately and delete it from your system.\n",
        "We were charged twice for the March subscription. Please refund the duplicate payment.",
        [("signature", "Kind regards,"), ("disclaimer", "This email and any attachments")],
    ),
    Email(
        "a hard-wrapped disclaimer with a heading",
        "Hi,\n\nThe courier left our pallet in the rain and half the boxes are ruined.\n"
        "Who is going to pay for this?\n\n"
        "Thanks,\nAbdul\n\n"
        "CONFIDENTIALITY NOTICE: The information in this message is confidential\n"
        "and may be legally privileged. It is intended only for the addressee. If\n"
        "you are not the intended recipient, any disclosure, copying or\n"
        "distribution is prohibited.\n",
        "Hi,\n\nThe courier left our pallet in the rain and half the boxes are ruined.\n"
        "Who is going to pay for this?",
        [("signature", "Thanks,"), ("disclaimer", "CONFIDENTIALITY NOTICE")],
    ),
    Email(
        "a disclaimer with no signature, and a print reminder",
        "Your app logged all of our drivers out this morning and none of them can sign back in.\n"
        "This is costing us deliveries every hour.\n\n"
        "Please consider the environment before printing this email.\n"
        "DISCLAIMER: This message is intended only for the person to whom it is addressed and may "
        "contain confidential information.\n",
        "Your app logged all of our drivers out this morning and none of them can sign back in.\n"
        "This is costing us deliveries every hour.",
        [("disclaimer", "Please consider the environment")],
    ),
    Email(
        "a notice without the word confidential",
        "Still no engineer. Please send one tomorrow.\n\nThanks,\nIris\n\n"
        "IMPORTANT NOTICE: This message is intended only for the addressee named above.\n",
        "Still no engineer. Please send one tomorrow.",
        [("signature", "Thanks,"), ("disclaimer", "IMPORTANT NOTICE")],
    ),
    Email(
        "hard-wrapped reply with a two-line quote header",
        "Hello,\n\n"
        "I have now been waiting eleven days for the refund of the broken kettle,\n"
        "which your own returns page says takes five working days. I have sent the\n"
        "proof of postage twice. Please confirm the refund has been issued.\n\n"
        "Regards,\nClaire Dubois\n\n"
        "On Mon, 2 Mar 2026 at 17:30, Returns Team <returns@example.com>\n"
        "wrote:\n"
        "> Thank you, we have received your return and will process your refund\n"
        "> shortly.\n",
        "Hello,\n\nI have now been waiting eleven days for the refund of the broken kettle,\n"
        "which your own returns page says takes five working days. I have sent the\n"
        "proof of postage twice. Please confirm the refund has been issued.",
        [("signature", "Regards,"), ("quoted", "On Mon, 2 Mar 2026 at 17:30, Returns Team")],
    ),
    Email(
        "french quote header",
        "Hello, I'm writing in English for your team: the hotel charged my card for a room we "
        "never used. Please refund it.\n\n"
        "Bien cordialement,\nAmélie Roux\n\n"
        "Le mar. 3 mars 2026 à 09:12, Réservations <resa@example.fr> a écrit :\n"
        "> Bonjour, votre réservation est confirmée.\n",
        "Hello, I'm writing in English for your team: the hotel charged my card for a room we "
        "never used. Please refund it.",
        [("signature", "Bien cordialement,"), ("quoted", "Le mar. 3 mars 2026 à 09:12")],
    ),
    Email(
        "german quote header",
        "The invoice is still wrong. We ordered 12 chairs, not 21.\n\n"
        "Viele Grüße\nJonas Weber\n\n"
        "Am Di., 3. März 2026 um 09:12 Uhr schrieb Vertrieb <vertrieb@example.de>:\n"
        "> Anbei die korrigierte Rechnung.\n",
        "The invoice is still wrong. We ordered 12 chairs, not 21.",
        [("signature", "Viele Grüße"), ("quoted", "Am Di., 3. März 2026 um 09:12 Uhr")],
    ),
    Email(
        "spanish quote header without quote marks",
        "I asked for a call back yesterday and nobody has phoned. Please call me today.\n\n"
        "El mar, 3 mar 2026 a las 9:12, Atención al cliente (<ayuda@example.es>) escribió:\n\n"
        "Gracias por contactar con nosotros.\n",
        "I asked for a call back yesterday and nobody has phoned. Please call me today.",
        [("quoted", "El mar, 3 mar 2026 a las 9:12")],
    ),
    Email(
        "outlook HTML reply",
        "<html><head><style>p.MsoNormal {margin:0cm; font-family:Calibri}</style></head>"
        "<body lang=EN-GB><div class=WordSection1>"
        "<p class=MsoNormal>Hi Ben,<o:p></o:p></p>"
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
        "<p class=MsoNormal>The projector you replaced last week has failed again in the same "
        "way. We have a board meeting on Thursday and need a working one by Wednesday."
        "<o:p></o:p></p>"
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
        "<p class=MsoNormal>Kind regards,<o:p></o:p></p>"
        "<p class=MsoNormal>Sophie Grant<o:p></o:p></p>"
        "<p class=MsoNormal>Office Manager | Lindqvist &amp; Co<o:p></o:p></p>"
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
        "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
        "<p class=MsoNormal><b>From:</b> Ben Carter &lt;ben.carter@example.com&gt;<br>"
        "<b>Sent:</b> 24 February 2026 15:02<br><b>To:</b> Sophie Grant<br>"
        "<b>Subject:</b> RE: Projector in room 2<o:p></o:p></p></div>"
        "<p class=MsoNormal>Hi Sophie, the replacement is installed.<o:p></o:p></p>"
        "</div></body></html>",
        "Hi Ben,\n\nThe projector you replaced last week has failed again in the same way. We "
        "have a board meeting on Thursday and need a working one by Wednesday.",
        [("signature", "Kind regards,"), ("quoted", "From: Ben Carter")],
    ),
    Email(
        "gmail HTML reply with a signature block and a quote",
        '<div dir="ltr"><div>Hello,</div><div><br></div>'
        "<div>Our order of printer toner (ref 99314) arrived with three of the five cartridges "
        "leaking.&nbsp; I&#39;d like replacements sent out today.</div><div><br></div>"
        '<div>Thanks,</div><div><div dir="ltr" class="gmail_signature">'
        '<div dir="ltr">Ravi Menon<div>Procurement, Oakbridge Dental</div></div></div></div>'
        '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        "On Fri, 6 Mar 2026 at 11:40, Supplies &lt;orders@example.com&gt; wrote:<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
        'rgb(204,204,204);padding-left:1ex">Your order has been dispatched.</blockquote></div>',
        "Hello,\n\nOur order of printer toner (ref 99314) arrived with three of the five "
        "cartridges leaking. I'd like replacements sent out today.",
        [("signature", "Thanks,"), ("quoted", "On Fri, 6 Mar 2026 at 11:40")],
    ),
    Email(
        "HTML with div and br lines and entities",
        '<div style="font-family: Arial, sans-serif; font-size: 11pt;">Dear team,<br><br>'
        "We were quoted &pound;1,200 for the survey &ndash; the invoice says &pound;1,650.<br>"
        "Please explain the difference &amp; send a corrected invoice.<br><br>"
        "Regards,<br>Yusuf Demir<br>Demir Builders</div>",
        "Dear team,\n\nWe were quoted £1,200 for the survey – the invoice says £1,650.\n"
        "Please explain the difference & send a corrected invoice.",
        [("signature", "Regards,")],
    ),
    Email(
        "outlook mobile reply with a Get Outlook line",
        "Call me back please, I've been on hold for 40 minutes.\n\n"
        "Get Outlook for Android\n"
        "________________________________\n"
        "From: Help Desk <helpdesk@example.com>\n"
        "Sent: Tuesday, March 3, 2026 10:04:11 AM\n"
        "To: Kemal Aydin <k.aydin@example.org>\n"
        "Subject: Ticket 48812\n\n"
        "We have received your request.\n",
        "Call me back please, I've been on hold for 40 minutes.",
        [("signature", "Get Outlook for Android"), ("quoted", "________________________________")],
    ),
    Email(
        "sent from a phone mail app with a different wording",
        "The van blocked our loading bay for two hours this morning. Sort it out.\n\n"
        "Sent from Yahoo Mail on Android\n",
        "The van blocked our loading bay for two hours this morning. Sort it out.",
        [("signature", "Sent from Yahoo Mail on Android")],
    ),
    Email(
        "answers written between quoted lines",
        "> Can you send us the serial number of the unit?\n\n"
        "It's SN-40217-B, printed under the base.\n\n"
        "> And when did the fault start?\n\n"
        "Last Tuesday, straight after your firmware update.\n",
        "It's SN-40217-B, printed under the base.\n\nLast Tuesday, straight after your firmware "
        "update.",
        [("quoted", "> Can you send"), ("quoted", "> And when")],
    ),
    Email(
        "a bare signature with no sign-off",
        "Third chase on this. Our deposit of $3,000 was due back on the 1st.\n\n"
        "Dana Whitfield\nOperations Manager\nNorthwind Logistics\n",
        "Third chase on this. Our deposit of $3,000 was due back on the 1st.",
        [("signature", "Dana Whitfield")],
    ),
    Email(
        "a bare signature with phones and a website",
        "Nobody has collected the faulty fridge. It has been in our hallway for nine days.\n\n"
        "Tomasz Nowak\nOffice Manager\nRiverside Dental Practice\nT: 020 7946 0011\n"
        "M: 07700 900123\nwww.riverside-dental.example\n",
        "Nobody has collected the faulty fridge. It has been in our hallway for nine days.",
        [("signature", "Tomasz Nowak")],
    ),
    Email(
        "a forward of the client's own earlier email, with nothing above but a line",
        "Resending as I have had no reply.\n\n"
        "From: Ola Nordmann <ola@example.no>\n"
        "Date: Friday, 27 February 2026 at 09:55\n"
        "To: Support <support@example.com>\n"
        "Subject: Wrong size delivered\n\n"
        "I ordered size 42 and got 38.\n",
        "Resending as I have had no reply.",
        [("quoted", "From: Ola Nordmann")],
    ),
    Email(
        "near miss: words that look like headers inside the message",
        "Your agent wrote: we will refund you within 5 days. That was a month ago.\n"
        "From: the moment I complained, nobody has owned this.\n"
        "On Monday I wrote to you again and got nothing back.\n",
        "Your agent wrote: we will refund you within 5 days. That was a month ago.\n"
        "From: the moment I complained, nobody has owned this.\n"
        "On Monday I wrote to you again and got nothing back.",
    ),
    Email(
        "near miss: a message about confidentiality is not a disclaimer",
        "You sent our confidential pricing to another customer by mistake.\n"
        "This email and the one before it are the only record I have, so please tell me in "
        "writing who else received it.\n",
        "You sent our confidential pricing to another customer by mistake.\n"
        "This email and the one before it are the only record I have, so please tell me in "
        "writing who else received it.",
    ),
]


def new_message(doc: Document) -> str:
    return words(doc.body)


def assert_spans_valid(doc: Document) -> None:
    assert len(doc.body) == len(doc.text)
    previous_end = 0
    for part in doc.set_aside:
        assert previous_end <= part.span.start < part.span.end <= len(doc.text)
        assert doc.text[part.span.start : part.span.end] == part.span.text
        assert not doc.body[part.span.start : part.span.end].strip()
        previous_end = part.span.end
    for sentence in doc.sentences:
        assert doc.text[sentence.start : sentence.end] == sentence.text


@pytest.mark.parametrize("email", EMAILS, ids=[email.name for email in EMAILS])
def test_the_new_message_is_kept_whole_and_the_rest_set_aside(email: Email) -> None:
    doc = normalise(email.raw)
    assert_spans_valid(doc)
    assert new_message(doc) == words(email.new)
    found = [(part.kind, part.span.text.lstrip("\n").split("\n")[0]) for part in doc.set_aside]
    assert [kind for kind, _ in found] == [kind for kind, _ in email.parts]
    for (_, first_line), (_, expected) in zip(found, email.parts, strict=True):
        assert first_line.startswith(expected)


@pytest.mark.parametrize(
    "header",
    [
        "On Tue, 3 Mar 2026 at 09:12, Support <help@example.com> wrote:",
        "On Tue, 3 Mar 2026 at 09:12, Support\n<help@example.com> wrote:",
        "Le mar. 3 mars 2026 à 09:12, Support <help@example.com> a\nécrit :",
        "Le mar. 3 mars 2026 à 09:12, Support <help@example.com> a écrit\u202f:",
        "Am Di., 3. März 2026 um 09:12 Uhr schrieb Support <\nhelp@example.com>:",
        "Op di 3 mrt. 2026 om 09:12 schreef Support <help@example.com>:",
        "Il giorno mar 3 mar 2026 alle ore 09:12 Support <help@example.com> ha scritto:",
        "Em ter., 3 de mar. de 2026 às 09:12, Support <help@example.com> escreveu:",
        "-----Ursprüngliche Nachricht-----\nVon: Support",
        "-------- Message d'origine --------\nDe : Support",
        "---------- Mensaje reenviado ---------\nDe: Support",
        "De : Support <help@example.com>\nEnvoyé : mardi 3 mars 2026 09:12\nÀ : Ana",
        "Von: Support <help@example.com>\nGesendet: Dienstag, 3. März 2026 09:12\nAn: Ana",
        "________________________________\nFrom: Support\nSent: 03 March 2026 09:12",
    ],
)
def test_quote_headers_of_mail_clients_set_aside_what_follows(header: str) -> None:
    doc = normalise(f"The refund is still missing.\n\n{header}\n\nWe have refunded you.\n")
    assert words(doc.body) == "The refund is still missing."
    assert [part.kind for part in doc.set_aside] == ["quoted"]
    assert doc.set_aside[0].span.text.startswith(header.split("\n")[0])


@pytest.mark.parametrize(
    "line",
    [
        "On Monday your agent wrote to me and said:",  # no colon straight after "wrote"
        "On 3 March I emailed billing@example.com and you wrote back that it was fixed.",
        "On Friday I was told <again> by phone:",
        "From: the first call to the last one, nobody has helped.",
        "Sent from the warehouse on Monday and never delivered",
    ],
)
def test_lines_that_only_look_like_headers_are_the_message(line: str) -> None:
    raw = f"The parcel is lost.\n{line}\nDate: unknown.\nPlease find it today.\n"
    doc = normalise(raw)
    assert doc.set_aside == ()
    assert words(doc.body) == words(raw)


def test_a_last_paragraph_of_names_needs_contact_lines_to_run_past_four_lines() -> None:
    roll = "Missing from the delivery:\n\nAnna Berg\nLuis Ortiz\nMei Chen\nOmar Haddad\nRuth Kim\n"
    assert normalise(roll).set_aside == ()


def test_a_long_signature_needs_contact_lines_to_run_past_six_lines() -> None:
    items = "".join(f"- {n} {thing}\n" for n, thing in enumerate("chairs desks lamps rugs".split()))
    short_delivery = f"Half the order is missing.\nThanks\nStill to come:\n{items}- 4 shelves\n"
    short_delivery += "- 5 hooks\n- 6 mirrors\n"
    assert normalise(short_delivery).set_aside == ()
    signed = (
        "Half the order is missing.\n\nThanks\nLeo Park\nBuyer\nPark & Sons\nUnit 4\n"
        "Mill Lane\nLeeds\nT: 0113 496 0077\n"
    )
    assert [part.kind for part in normalise(signed).set_aside] == ["signature"]
    details = (
        "My refund is still missing.\nThank you\nMy details:\nName: Ann Lee\n"
        "Email: ann@example.com\nPhone: 07700 900123\nOrder: 4411\nAddress: 1 High St\nLeeds\n"
    )
    assert normalise(details).set_aside == ()  # details the client lists, not a signature


@pytest.mark.parametrize(
    "ending",
    [
        "This email is confidential, so please do not pass it round your office.",
        "This message is for you only: I am sharing our internal numbers.",
        "This message contains confidential account details.\nYou charged me in error, so "
        "delete the second payment and refund it.",
        "Important notice: your driver damaged our gate and left without a word.",
    ],
)
def test_a_client_calling_their_own_email_confidential_is_not_a_disclaimer(ending: str) -> None:
    raw = f"Our costs doubled after your price change.\n{ending}\n"
    doc = normalise(raw)
    assert doc.set_aside == ()


def test_outlook_blank_paragraphs_are_blank_lines() -> None:
    raw = (
        "<p class=MsoNormal>Hi,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
        "<p class=MsoNormal>The kiosk is down.<o:p></o:p></p><p class=MsoNormal>&nbsp;</p>"
        "<p class=MsoNormal>Nina Berg<o:p></o:p></p>"
    )
    doc = normalise(raw)
    assert doc.text == "Hi,\n\nThe kiosk is down.\n\nNina Berg\n"
    assert [part.span.text for part in doc.set_aside] == ["Nina Berg\n"]


def test_html_entities_are_read_once_and_no_break_spaces_are_spaces() -> None:
    doc = normalise("<div>Type &amp;lt;b&amp;gt; for bold,&nbsp;she said</div>")
    assert doc.text == "Type &lt;b&gt; for bold, she said\n"
    table = normalise("<table><tr><td>Total</td><td>&nbsp;</td><td>$40</td></tr></table>")
    assert "\n\n" not in table.text


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "\n",
                "\n\n",
                "The refund is late.",
                "On Tue, 3 Mar 2026, Ann <ann@example.com>",
                "wrote:",
                "Le 3 mars, Ann <",
                "ann@example.com> a",
                "écrit :",
                "Am 3. März schrieb Ann:",
                "________________",
                "From: Ann <ann@example.com>",
                "Sent: 3 March",
                "Subject: Refund",
                "-----Original Message-----",
                "Begin forwarded message:",
                "> earlier words",
                "Kind regards,",
                "Viele Grüße",
                "Ann Lee",
                "T: 020 7946 0011",
                "Get Outlook for iOS",
                "CONFIDENTIALITY NOTICE:",
                "This email is confidential and intended only for the recipient.",
                "<p>",
                "&nbsp;",
                "</p>",
                "<blockquote>",
                "</blockquote>",
            ]
        ),
        max_size=30,
    )
)
def test_any_mix_of_email_parts_gives_valid_spans(parts: list[str]) -> None:
    assert_spans_valid(normalise(" ".join(parts)))


def test_an_empty_blockquote_sets_nothing_aside() -> None:
    assert normalise("<p>Late again.</p><blockquote></blockquote>").set_aside == ()
