"""Things named in a client message: who wrote it, order and ticket numbers, dates, times, amounts,
carriers, email addresses and phone numbers.

The guide says to use the client's name and to gather the facts before answering; these are the
facts a rep copies into a reply or a handoff note. Each `Entity` has a normalised `value`
("USD 120.00", "FedEx", "15:00") and the span of the words it came from. The client's name is
looked for in the signature the text layer set aside, then in the body ("my name is ...").

>>> from calmdesk.text import normalise
>>> [(e.kind, e.value) for e in find_entities(normalise("Order #A-5512 cost $120 via FedEx."))]
[('order_number', 'A-5512'), ('amount', 'USD 120.00'), ('carrier', 'FedEx')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Callable, Iterator

from calmdesk.reading.phrases import NUMBER, Prepared, prepare, words
from calmdesk.reading.values import Entity
from calmdesk.text import Document, Span

_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_NUMBER = {name[:3]: index + 1 for index, name in enumerate(_MONTHS)} | {"sept": 9}
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b")
# A reference may sit in brackets after its word ("invoice (INV-20931)"): the span takes both.
_REFERENCE_VALUE = r"(?P<value>(?=[a-z-]*\d)[a-z0-9][a-z0-9-]{2,}[a-z0-9]|\d{3,})"
_ORDER = re.compile(
    r"\b(?:order|ord|purchase\s+order|p\.?o\.?)\s*(?:number|num|no\.?|nr|id|ref(?:erence)?)?"
    rf"\s*(?:is|was)?\s*(?:[:#]|(?P<paren>\())?\s*#?\s*{_REFERENCE_VALUE}\b(?(paren)\)?)"
)
_TICKET = re.compile(
    r"\b(?:ticket|case|reference|ref|claim|incident|complaint|file|confirmation|conf|booking\s+ref"
    r"(?:erence)?|booking|report|request|rma|sr)\s*(?:number|num|no\.?|nr|id|code|ref)?"
    rf"\s*(?:is|was)?\s*(?:[:#]|(?P<paren>\())?\s*#?\s*{_REFERENCE_VALUE}\b(?(paren)\)?)"
)
# A shipment's own reference: "tracking number 1Z999AA1", "shipment SH-22871", "AWB 176-1234".
_TRACKING = re.compile(
    r"\b(?:tracking|track\s+and\s+trace|shipment|consignment|waybill|air\s*waybill|awb|"
    r"bill\s+of\s+lading|bol|pro(?=\s*(?:number|no\b|\#))|parcel|package|delivery\s+note|"
    r"despatch\s+note|dispatch\s+note)"
    r"\s*(?:number|num|no\.?|nr|id|code|ref(?:erence)?)?"
    rf"\s*(?:is|was)?\s*(?:[:#]|(?P<paren>\())?\s*#?\s*{_REFERENCE_VALUE}\b(?(paren)\)?)"
)
_INVOICE = re.compile(
    r"\b(?:invoice|inv|bill|statement|receipt)\s*(?:number|num|no\.?|nr|id|ref(?:erence)?)?"
    rf"\s*(?:is|was)?\s*(?:[:#]|(?P<paren>\())?\s*#?\s*{_REFERENCE_VALUE}\b(?(paren)\)?)"
)
# A reference whose own prefix says what it is ("INV-20931", "PO-4471", "TKT-1182"), written
# without a word before it. Only the common prefixes, with a hyphen and three digits or more.
_PREFIXED = re.compile(
    r"\b(?P<value>(?P<prefix>inv|ord|po|so|tkt|tck|inc|req|rma|cs|sr)-\d{3,}(?:-\d+)*)\b"
)
_PREFIX_KIND = {"inv": "invoice_number", "ord": "order_number", "po": "order_number"}
_PREFIX_KIND["so"] = "order_number"  # a sales order; every other prefix names a ticket
_PREFIX_STARTS = words("inv ord po so tkt tck inc req rma cs sr")
_CURRENCY_SIGN = {
    "$": "USD",
    "us$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "nz$": "NZD",
}
_CURRENCY_WORD = {
    "dollar": "USD",
    "dollars": "USD",
    "bucks": "USD",
    "usd": "USD",
    "pound": "GBP",
    "pounds": "GBP",
    "quid": "GBP",
    "gbp": "GBP",
    "euro": "EUR",
    "euros": "EUR",
    "eur": "EUR",
    "cad": "CAD",
    "aud": "AUD",
    "nzd": "NZD",
    "inr": "INR",
    "rupees": "INR",
    "rs": "INR",
    "jpy": "JPY",
    "yen": "JPY",
    "chf": "CHF",
}
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?"
_AMOUNT = re.compile(
    rf"(?P<sign>us\$|au\$|ca\$|nz\$|a\$|c\$|[$£€¥₹])\s?(?P<n1>{_NUMBER})(?P<k1>k\b)?"
    rf"|\b(?P<code>usd|gbp|eur|cad|aud|nzd|inr|jpy|chf)\s?(?P<n2>{_NUMBER})\b"
    rf"|\b(?P<n3>{_NUMBER})(?P<k3>k)?\s?(?P<word>dollars?|bucks|pounds?|quid|euros?|usd|gbp|eur|"
    r"cad|aud|nzd|inr|rupees|jpy|yen|chf)\b"
)
_CARRIERS = {
    "fedex": "FedEx",
    "fed ex": "FedEx",
    "federal express": "FedEx",
    "ups": "UPS",
    "dhl": "DHL",
    "usps": "USPS",
    "us postal service": "USPS",
    "postal service": "USPS",
    "royal mail": "Royal Mail",
    "parcelforce": "Parcelforce",
    "dpd": "DPD",
    "hermes": "Evri",
    "evri": "Evri",
    "yodel": "Yodel",
    "gls": "GLS",
    "tnt": "TNT",
    "canada post": "Canada Post",
    "purolator": "Purolator",
    "australia post": "Australia Post",
    "auspost": "Australia Post",
    "aus post": "Australia Post",
    "startrack": "StarTrack",
    "amazon logistics": "Amazon Logistics",
    "ontrac": "OnTrac",
    "lasership": "LaserShip",
    "an post": "An Post",
    "la poste": "La Poste",
    "colissimo": "Colissimo",
    "postnl": "PostNL",
    "deutsche post": "Deutsche Post",
    "aramex": "Aramex",
    "blue dart": "Blue Dart",
    "delhivery": "Delhivery",
    "nz post": "NZ Post",
    "courier post": "CourierPost",
}
_CARRIER = re.compile(
    r"(?<![\w@#])(?:"
    + "|".join(
        re.escape(name).replace(r"\ ", r"\s+") for name in sorted(_CARRIERS, key=len, reverse=True)
    )
    + r")(?!\w)"
)
# "UPS" and "DHL" are names in capitals; "ups" in "ups and downs" is not a carrier.
_LOWERCASE_WORDS = frozenset({"ups", "gls", "tnt", "an post"})

_CLOCK = re.compile(
    # "9 a.m." keeps its last dot; "by 9am." leaves the full stop to the sentence
    r"\b(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ap>[ap]\.m\.|[ap]\.?m)(?!\w)"
    r"|\b(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)\b(?!\s*(?:/|\d))"
    r"|\b(?P<named>noon|midday|midnight|end\s+of\s+(?:the\s+)?(?:business\s+)?day|eod|cob|"
    r"close\s+of\s+business|first\s+thing(?:\s+in\s+the\s+morning)?)\b"
)
_DATE = re.compile(
    rf"\b(?P<iso>(?P<iy>20\d\d)-(?P<im>[01]?\d)-(?P<id>[0-3]?\d))\b"
    rf"|\b(?P<numeric>[0-3]?\d[/.][01]?\d[/.](?:20)?\d\d)\b"
    # "between 14 and 17 March", "14-17 March": both days of the month named once
    rf"|\b(?P<range>(?P<r1>[0-3]?\d)(?:st|nd|rd|th)?)\s*(?:and|to|-|–|until|till)\s*"
    rf"(?P<r2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<rmon>{_MONTH})(?:,?\s+(?P<ry>20\d\d))?(?!\w)"
    rf"|\b(?P<dm>(?P<dd>[0-3]?\d)(?:st|nd|rd|"
    rf"th)?\s+(?:of\s+)?(?P<dmon>{_MONTH})(?:,?\s+(?P<dy>20\d\d))?)(?!\w)"
    rf"|\b(?P<md>(?P<mmon>{_MONTH})\s+(?P<md_day>[0-3]?\d)(?:st|nd|rd|"
    rf"th)?(?:,?\s+(?P<my>20\d\d))?)\b"
    rf"|\b(?P<rel>today|tonight|tomorrow|tmrw|yesterday|day\s+after\s+tomorrow|"
    rf"(?:next|last|this)\s+(?:week|month|weekend|year|{_WEEKDAY})|"
    rf"(?:end|start)\s+of\s+(?:the\s+|next\s+|this\s+)?(?:week|month))\b"
    # "on the 4th", "it's now the 19th and...": a day of the month alone ("the 4th time" is not)
    rf"|(?<=\bthe\s)(?P<nth>[0-3]?\d)(?:st|nd|rd|th)\b(?=\s*(?:[,.;:!?)]|\s[-–—]|$)|\s+(?:and|or|but|"
    rf"so|at|by|when|because|as|which|if|i|we|it|in|on|for|to|with|then|now|already|please)\b)"
    # "Friday 28th", "Fri 28 March", "Friday the 28th", "Friday, March 28": the weekday and the
    # date are one date (a bare number after a weekday must be an ordinal or have its month)
    rf"|\b(?P<wdate>{_WEEKDAY}\.?,?\s+(?:the\s+)?(?:"
    rf"(?P<wd>[0-3]?\d)(?:(?:st|nd|rd|th)(?:\s+(?:of\s+)?(?P<wmon>{_MONTH}))?|"
    rf"\s+(?:of\s+)?(?P<wmon2>{_MONTH}))"
    rf"|(?P<wmon3>{_MONTH})\s+(?P<wd3>[0-3]?\d)(?:st|nd|rd|th)?)(?:,?\s+(?P<wy>20\d\d))?)(?!\w)"
    rf"|\b(?P<weekday>{_WEEKDAY})\b"
)

_PHONE = re.compile(
    r"(?<![\w#/])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}(?![\w/])"
    r"|(?<![\w#/])\+\d{9,14}\b|(?<![\w#/])0\d{9,10}\b|"
    # national numbers grouped 4-3-3 or 5-6, as British mobiles are: "07700 900123"
    r"(?<![\w#/])0[1-9]\d{2,3}[\s.-]?\d{3}[\s.-]?\d{3,4}\b|"
    r"(?<![\w#/])1?8[0-8]{2}[\s.-]?\w{3}[\s.-]?\w{4}\b"
)

# Capitalised words, accented Latin letters included ("Amélie", "Núñez", "Øster")
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-'’][A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+)?"
_TITLE = r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+)"
_FULL_NAME = rf"{_TITLE}?{_NAME_WORD}(?:\s+(?:[A-Z]\.\s*)?{_NAME_WORD}){{0,2}}"
_SIGNATURE_LINE = re.compile(rf"^[ \t]*(?:[-—–~]+\s*)?(?P<name>{_FULL_NAME})[ \t]*,?[ \t]*$", re.M)
# The leading look-ahead lets the engine skip in C to a character that can start a match.
_NAME_IN_BODY = re.compile(
    r"(?=[mMnNtTiI \t\-—–~])"
    rf"(?:\b(?i:my\s+name\s+is|my\s+name['’]s|name:|this\s+is|i\s+am|i['’]m)\s+(?P<name>{_FULL_NAME})"
    rf"(?=\s*(?:[,.!\n]|$|\s+(?i:from|at|with|of|here|and)\b))"
    rf"|^[ \t]*[-—–~]+\s*(?P<dash>{_FULL_NAME})[ \t]*$)",
    re.M,
)
# A sign-off at the very end of a short message: "... it was late — Dana", "thanks ~Tom".
_TRAILING_NAME = re.compile(rf"(?:^|\s)[—–~-]\s*(?P<name>{_FULL_NAME})[ \t.!]*\Z")
# Words that start a sign-off block or are capitalised but are not names.
_NOT_NAMES = frozenset(
    "regards best thanks thank cheers sincerely yours kind warm many all talk speak sent hi hello "
    "dear team support customer service the this order ticket sorry please urgent monday tuesday "
    "wednesday thursday friday saturday sunday january february march april june july august "
    "september october november december so very really not just here still now cordialement "
    "saludos atentamente groeten atenciosamente".split()
)


def _clean_number(number: str, thousands: bool) -> float:
    value = float(number.replace(",", ""))
    return value * 1000 if thousands else value


def _amounts(body: str, prepared: Prepared) -> Iterator[tuple[int, int, str]]:
    for match in _matches(_AMOUNT, prepared, _AMOUNT_STARTS):
        if match.group("sign"):
            currency = _CURRENCY_SIGN[match.group("sign").lower()]
            value = _clean_number(match.group("n1"), bool(match.group("k1")))
        elif match.group("code"):
            currency = match.group("code").upper()
            value = _clean_number(match.group("n2"), False)
        else:
            currency = _CURRENCY_WORD[match.group("word").lower()]
            value = _clean_number(match.group("n3"), bool(match.group("k3")))
        yield match.start(), match.end(), f"{currency} {value:.2f}"


def _references(
    pattern: re.Pattern[str], starts: frozenset[str], prepared: Prepared
) -> Iterator[tuple[int, int, str]]:
    for match in _matches(pattern, prepared, starts):
        yield match.start(), match.end(), match.group("value").upper()


def _prefixed(body: str, prepared: Prepared) -> Iterator[tuple[int, int, str, str]]:
    """References whose prefix says their kind, each with that kind, in one pass."""
    for match in _matches(_PREFIXED, prepared, _PREFIX_STARTS):
        kind = _PREFIX_KIND.get(match.group("prefix"), "ticket_number")
        yield match.start(), match.end(), match.group("value").upper(), kind


def _carriers(body: str, prepared: Prepared) -> Iterator[tuple[int, int, str]]:
    for match in _matches(_CARRIER, prepared, _CARRIER_WORDS):
        words = " ".join(match.group().split())
        if words in _LOWERCASE_WORDS and not body[match.start() : match.end()].isupper():
            continue
        yield match.start(), match.end(), _CARRIERS[words]


def _times(body: str, prepared: Prepared) -> Iterator[tuple[int, int, str]]:
    for match in _matches(_CLOCK, prepared, _TIME_WORDS):
        if match.group("named"):
            named = " ".join(match.group("named").lower().split())
            value = {"noon": "12:00", "midday": "12:00", "midnight": "00:00"}.get(named, named)
            value = {"eod": "end of day", "cob": "close of business"}.get(value, value)
            value = value.replace("end of the day", "end of day")
        elif match.group("ap"):
            hour = int(match.group("h")) % 12
            if hour > 12 or int(match.group("h")) > 12:
                continue
            hour += 12 if match.group("ap").lower().startswith("p") else 0
            value = f"{hour:02d}:{match.group('m') or '00'}"
        else:
            value = f"{int(match.group('h24')):02d}:{match.group('m24')}"
        yield match.start(), match.end(), value


def _dates(body: str, prepared: Prepared) -> Iterator[tuple[int, int, str]]:
    for match in _matches(_DATE, prepared, _DATE_WORDS):
        if match.group("iso"):
            year, month, day = (int(match.group(g)) for g in ("iy", "im", "id"))
            value = f"{year:04d}-{month:02d}-{day:02d}"
        elif match.group("numeric"):
            # 03/04/2026 is March or April depending on the writer's country: keep it as written.
            value = match.group("numeric")
        elif match.group("range"):
            month_name = match.group("rmon").lower().rstrip(".")
            month = _MONTH_NUMBER[month_name[:4] if month_name == "sept" else month_name[:3]]
            named_year = match.group("ry")
            first, last = int(match.group("r1")), int(match.group("r2"))
            if not (1 <= first <= 31 and 1 <= last <= 31):
                continue
            head = f"{int(named_year):04d}-{month:02d}" if named_year else f"--{month:02d}"
            yield match.start("range"), match.end("range"), f"{head}-{first:02d}"
            yield match.start("r2"), match.end(), f"{head}-{last:02d}"
            continue
        elif match.group("dm") or match.group("md"):
            month_name = (match.group("dmon") or match.group("mmon")).lower().rstrip(".")
            day = int(match.group("dd") or match.group("md_day"))
            if not 1 <= day <= 31:
                continue
            month = _MONTH_NUMBER[month_name[:4] if month_name == "sept" else month_name[:3]]
            year_text = match.group("dy") or match.group("my")
            value = (
                f"{int(year_text):04d}-{month:02d}-{day:02d}"
                if year_text
                else f"--{month:02d}-{day:02d}"
            )
        elif match.group("nth"):
            day = int(match.group("nth"))
            if not 1 <= day <= 31:
                continue
            # ISO 8601's day of an unnamed month; the span takes in the "the" before it.
            yield match.start() - 4, match.end(), f"---{day:02d}"
            continue
        elif match.group("wdate"):
            # The weekday's own check (short forms only capitalised) applies here too.
            weekday = match.group().split()[0].rstrip(".,")
            if len(weekday) <= 4 and not body[match.start()].isupper():
                continue
            day = int(match.group("wd") or match.group("wd3"))
            month_name = match.group("wmon") or match.group("wmon2") or match.group("wmon3")
            if not 1 <= day <= 31:
                continue
            if month_name is None:
                value = f"---{day:02d}"
            else:
                month_name = month_name.lower().rstrip(".")
                month = _MONTH_NUMBER[month_name[:4] if month_name == "sept" else month_name[:3]]
                year_text = match.group("wy")
                head = f"{int(year_text):04d}-" if year_text else "--"
                value = f"{head}{month:02d}-{day:02d}"
        elif match.group("rel"):
            value = " ".join(match.group("rel").lower().split()).replace("tmrw", "tomorrow")
        else:
            word = match.group("weekday").lower()
            # "sat", "sun" and "wed" are ordinary words too; short forms count only capitalised.
            if len(word) <= 4 and not body[match.start()].isupper():
                continue
            value = next(w for w in _WEEKDAYS if w.startswith(word[:3])).capitalize()
        yield match.start(), match.end(), value


def _phones(body: str, prepared: Prepared) -> Iterator[tuple[int, int, str]]:
    for match in _matches(_PHONE, prepared, _PHONE_STARTS):
        text = match.group()
        digits = re.sub(r"\D", "", text)
        if not 9 <= len(digits) <= 15:
            continue
        value = ("+" if text.startswith("+") else "") + digits
        yield match.start(), match.end(), value


def _signature_phones(doc: Document) -> Iterator[tuple[int, int, str]]:
    """The phone numbers of the client's signature: set aside from the body, but the number a
    rep calls them back on."""
    for part in doc.set_aside:
        if part.kind != "signature":
            continue
        for match in _PHONE.finditer(doc.text, part.span.start, part.span.end):
            text = match.group()
            digits = re.sub(r"\D", "", text)
            if 9 <= len(digits) <= 15:
                yield match.start(), match.end(), ("+" if text.startswith("+") else "") + digits


def _emails(body: str, prepared: Prepared) -> Iterator[tuple[int, int, str]]:
    lower = prepared.lower
    at = lower.find("@")
    end = 0
    while at >= 0:
        # An address has its user name glued to the "@"; a mention ("@shop") does not.
        if at > 0 and at >= end and not lower[at - 1].isspace():
            start = max(lower.rfind(" ", 0, at), lower.rfind("\n", 0, at), end - 1) + 1
            stop = len(lower) if (space := _SPACE.search(lower, at)) is None else space.start()
            match = _EMAIL.search(lower, start, stop)
            if match is not None:
                end = match.end()
                yield match.start(), match.end(), match.group().lower()
        at = lower.find("@", at + 1)


def _is_name(candidate: str) -> bool:
    words = candidate.split()
    return bool(words) and all(w.lower().strip(".") not in _NOT_NAMES for w in words)


def _name(doc: Document, prepared: Prepared) -> tuple[int, int, str] | None:
    for part in doc.set_aside:
        if part.kind != "signature":
            continue
        region = doc.text[part.span.start : part.span.end]
        for match in _SIGNATURE_LINE.finditer(region):
            if _is_name(match.group("name")):
                start = part.span.start + match.start("name")
                return start, start + len(match.group("name")), match.group("name")
    body = doc.body
    end = 0
    for at in _name_starts(body, prepared):
        if at < end or (intro := _NAME_IN_BODY.match(body, at)) is None:
            continue
        end = intro.end()
        group = "name" if intro.group("name") else "dash"
        if _is_name(intro.group(group)):
            return intro.start(group), intro.end(group), intro.group(group)
    # A trailing sign-off is short: look only at the end of the body.
    stripped = body.rstrip()
    tail_at = max(0, len(stripped) - _TRAILING_REACH)
    # The name follows a dash: without one in the tail, the pattern need not be tried.
    tail = stripped[tail_at:]
    if not any(dash in tail for dash in _DASHES):
        return None
    trailing = _TRAILING_NAME.search(stripped, tail_at)
    if trailing and _is_name(trailing.group("name")):
        return trailing.start("name"), trailing.end("name"), trailing.group("name")
    return None


_TRAILING_REACH = 200
_DASHES = ("-", "—", "–", "~")


def _name_starts(body: str, prepared: Prepared) -> list[int]:
    """Where `_NAME_IN_BODY` can match, in text order: at an introduction's first word ("my",
    "name", "this", "i", "i'm") or at the start of a line that opens with a dash. Trying only
    there is the same as scanning the body, and much cheaper."""
    starts = [at for word in _INTRO_WORDS & prepared.words for at in prepared.index[word]]
    line_at = 0
    for line in body.split("\n"):
        if line.lstrip(" \t").startswith(_DASHES):
            starts.append(line_at)
        line_at += len(line) + 1
    return sorted(starts)


_INTRO_WORDS = frozenset(("my", "name", "this", "i", "i'm"))


def _matches(
    pattern: re.Pattern[str], prepared: Prepared, starts: frozenset[str]
) -> Iterator[re.Match[str]]:
    """Like `pattern.finditer` on the lower-cased body, but tried only where one of the words
    `starts` begins (`NUMBER` for any number): each pattern here starts with such a word."""
    offsets = sorted({at for word in starts & prepared.words for at in prepared.index[word]})
    end = 0
    for at in offsets:
        if at < end:
            continue
        match = pattern.match(prepared.lower, at)
        if match is not None:
            end = match.end()
            yield match


_SPACE = re.compile(r"\s")
_DATE_WORDS = frozenset(
    "today tonight tomorrow tmrw yesterday day next last this end start".split()
    + [m for name in _MONTHS for m in (name, name[:3])]
    + ["sept", "tues", "thur", "thurs", "wednes", "weds", NUMBER]
    + [d for name in _WEEKDAYS for d in (name, name[:3])]
)
_TIME_WORDS = words(f"noon midday midnight end eod cob close first {NUMBER}")
_CARRIER_WORDS = frozenset(name.split()[0] for name in _CARRIERS)
_AMOUNT_STARTS = words(f"$ £ € ¥ ₹ us au ca nz a c {NUMBER} usd gbp eur cad aud nzd inr jpy chf")
_ORDER_STARTS = words("order ord purchase p po")
_TICKET_STARTS = words(
    "ticket case reference ref claim incident complaint file confirmation conf booking report "
    "request rma sr"
)
_INVOICE_STARTS = words("invoice inv bill statement receipt")
_TRACKING_STARTS = words(
    "tracking track shipment consignment waybill air awb bill bol pro parcel package delivery "
    "despatch dispatch"
)
_PHONE_STARTS = frozenset(["+", "(", NUMBER])


# A finder yields (start, end, value, kind); most find one kind (`_of`).
Finder = Callable[[str, Prepared], Iterator[tuple[int, int, str, str]]]


def _of(kind: str, finder: Callable[[str, Prepared], Iterator[tuple[int, int, str]]]) -> Finder:
    return lambda body, prepared: (
        (start, end, value, kind) for start, end, value in finder(body, prepared)
    )


# Each finder with the words its pattern starts at (None: run it on every message). A finder none
# of whose start words is in the message finds nothing and is not set up at all: most messages
# hold no amount, date, phone or reference.
_FINDERS: tuple[tuple[frozenset[str] | None, Finder], ...] = (
    (None, _of("email", _emails)),
    (
        _ORDER_STARTS,
        _of("order_number", lambda body, prepared: _references(_ORDER, _ORDER_STARTS, prepared)),
    ),
    (
        _TICKET_STARTS,
        _of(
            "ticket_number",
            lambda body, prepared: _references(_TICKET, _TICKET_STARTS, prepared),
        ),
    ),
    (
        _INVOICE_STARTS,
        _of(
            "invoice_number",
            lambda body, prepared: _references(_INVOICE, _INVOICE_STARTS, prepared),
        ),
    ),
    (_PREFIX_STARTS, _prefixed),
    (
        _TRACKING_STARTS,
        _of(
            "tracking_number",
            lambda body, prepared: _references(_TRACKING, _TRACKING_STARTS, prepared),
        ),
    ),
    (_AMOUNT_STARTS, _of("amount", _amounts)),
    (_DATE_WORDS, _of("date", _dates)),
    (_TIME_WORDS, _of("time", _times)),
    (_PHONE_STARTS, _of("phone", _phones)),
    (_CARRIER_WORDS, _of("carrier", _carriers)),
)


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether start..end overlaps one of `taken` (sorted, disjoint): only its neighbours can."""
    at = bisect_left(taken, (start, end))
    before = taken[at - 1] if at else None
    after = taken[at] if at < len(taken) else None
    return (before is not None and before[1] > start) or (after is not None and after[0] < end)


def find_entities(doc: Document) -> tuple[Entity, ...]:
    """Every entity in the client's own words (and their name and phone numbers from the
    signature), in text order.

    Where two finds overlap, the one found first in `_FINDERS` order keeps the words: an email
    address is not also a phone number, an order number is not also a date.

    >>> from calmdesk.text import normalise
    >>> doc = normalise("Call me at 3pm tomorrow.\\n\\nThanks,\\nDana Whitfield")
    >>> [e.value for e in find_entities(doc)]
    ['15:00', 'tomorrow', 'Dana Whitfield']
    """
    taken: list[tuple[int, int]] = []  # sorted, never overlapping one another
    found: list[tuple[int, int, str, str]] = []
    prepared = prepare(doc)
    present = prepared.words
    for starts, finder in _FINDERS:
        if starts is not None and starts.isdisjoint(present):
            continue
        for start, end, value, kind in finder(doc.body, prepared):
            if _overlaps(taken, start, end):
                continue
            insort(taken, (start, end))
            found.append((start, end, kind, value))
    name = _name(doc, prepared)
    if name is not None and not _overlaps(taken, name[0], name[1]):
        found.append((name[0], name[1], "name", name[2]))
    found.extend((start, end, "phone", value) for start, end, value in _signature_phones(doc))
    found.sort()
    return tuple(
        Entity(kind, value, Span.of(doc.text, start, end)) for start, end, kind, value in found
    )
