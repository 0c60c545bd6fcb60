"""The text layer: what arrives becomes a `Document` every analyser shares.

`normalise` turns raw input (plain text, HTML email, bytes in an unknown encoding) into the text
the user sees, sets aside quoted earlier messages, signatures and disclaimers (reported, not
analysed), and splits sentences and tokens once. Every span is a pair of character offsets into
`Document.text`, end exclusive, so `doc.text[span.start:span.end]` is always the phrase found.

>>> doc = normalise("Hi, order 4411 is LATE!!\\n\\n> On Monday you said it shipped.")
>>> doc.text[doc.sentences[0].start:doc.sentences[0].end]
'Hi, order 4411 is LATE!!'
>>> [part.kind for part in doc.set_aside]
['quoted']
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from itertools import accumulate, pairwise, repeat
from operator import itemgetter
from typing import NamedTuple

from calmdesk.errors import InputError

DEFAULT_MAX_CHARS = 200_000


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of `Document.text`: offsets are characters, end exclusive."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        """The span of `source[start:end]`.

        >>> Span.of("It came late.", 3, 7)
        Span(start=3, end=7, text='came')
        """
        # Spans are made by the dozen for every message (each sentence, each phrase found), and a
        # frozen dataclass's __init__ sets every field through object.__setattr__, which costs
        # more than the rest of making one. Filling the slots directly gives the same Span for
        # about half the work.
        span = object.__new__(cls)
        _SET_START(span, start)
        _SET_END(span, end)
        _SET_TEXT(span, source[start:end])
        return span


# The setters of Span's slots (see `Span.of`).
_SET_START, _SET_END, _SET_TEXT = (Span.__dict__[name].__set__ for name in ("start", "end", "text"))


class Token(NamedTuple):
    """A word, number, emoji or punctuation mark, with its offsets and lower-cased form."""

    start: int
    end: int
    text: str
    lower: str


@dataclass(frozen=True, slots=True)
class SetAside:
    """A part of the message that is not the writer's new words: `quoted` (an earlier message,
    replied to or forwarded), `signature` (the sign-off and the lines below it) or `disclaimer`
    (the legal notice a mail server adds)."""

    kind: str
    span: Span


@dataclass(frozen=True, slots=True)
class Document:
    """Normalised text with its sentences and tokens, computed once for every analyser.

    `body` has the same length as `text`, with set-aside parts blanked out and the line breaks of
    hard-wrapped plain text made spaces, so analysers can run patterns over `body` and report
    offsets that are valid in `text`. `lower` is `body`
    lower-cased, computed once for every analyser (None in the rare case that lower-casing would
    move offsets). `language` is "en", "other" or "unknown" (see `detect_language`), or "" when
    the caller asked `normalise` not to detect it.
    """

    text: str
    body: str
    lower: str | None
    sentences: tuple[Span, ...]
    tokens: tuple[Token, ...]
    set_aside: tuple[SetAside, ...]
    was_html: bool
    language: str
    notes: tuple[str, ...]

    def sentence_tokens(self, sentence: Span) -> list[Token]:
        """The tokens inside one sentence."""
        return [t for t in self.tokens if sentence.start <= t.start < sentence.end]


# --- decoding -------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode(raw: bytes) -> tuple[str, tuple[str, ...]]:
    """Decode bytes from a file or stdin; refuse binary data with a clear error.

    UTF-8 (with or without a byte-order mark) and UTF-16 with a mark are read as such; anything
    else that is still text is read as Windows-1252 and a note says so.
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), ()
        except UnicodeDecodeError as error:
            raise InputError("The input starts like UTF-16 but does not decode as it.") from error
    sample = raw[:65536]
    if b"\x00" in sample:
        raise InputError("The input looks binary (it contains NUL bytes); give a text file.")
    try:
        return raw.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        pass
    text = raw.decode("cp1252", errors="replace")
    return text, ("the input was not valid UTF-8; it was read as Windows-1252",)


# --- HTML -----------------------------------------------------------------------------------

_HTML_HINT = re.compile(
    r"<(?:html|body|div|p|br|table|span|blockquote|a|b|i|strong|em)[\s/>]", re.I
)
_BLOCK_TAGS = frozenset(
    "p div br li ul ol tr table h1 h2 h3 h4 h5 h6 blockquote section article header footer "
    "hr".split()
)
_SKIP_TAGS = frozenset(("script", "style", "head", "title", "template", "noscript"))


def looks_like_html(text: str) -> bool:
    head = text[:20000]
    return bool(_HTML_HINT.search(head)) and ("</" in head or "<br" in head.lower())


class _VisibleText(HTMLParser):
    """Collects the text a mail client would show, marking blockquotes as quoted."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.length = 0
        self.skip_depth = 0
        self.quote_depth = 0
        self.quote_start = 0
        self.quoted: list[tuple[int, int]] = []

    def _newline(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self._emit("\n")

    def _blank_line(self) -> bool:
        return "".join(self.parts[-2:]).endswith("\n\n")

    def _emit(self, piece: str) -> None:
        self.parts.append(piece)
        self.length += len(piece)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skip_depth += 1
            return
        classes = " ".join(value or "" for name, value in attrs if name == "class")
        if tag == "blockquote" or "gmail_quote" in classes:
            self._newline()
            if self.quote_depth == 0:
                self.quote_start = self.length
            self.quote_depth += 1
        if tag == "br":
            # Two breaks in a row are a blank line, as the mail client shows them (a sign-off
            # or a signature is often set off that way).
            if self.parts and not self._blank_line():
                self._emit("\n")
        elif tag in _BLOCK_TAGS:
            self._newline()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag in _BLOCK_TAGS:
            self._newline()
        if tag == "blockquote" and self.quote_depth:
            self.quote_depth -= 1
            if self.quote_depth == 0:
                self.quoted.append((self.quote_start, self.length))

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        collapsed = re.sub(r"[ \t\r\n\f]+", " ", data)
        at_line_start = self.parts and self.parts[-1].endswith("\n")
        if at_line_start and "\xa0" in data and not collapsed.strip():
            # A paragraph holding only a no-break space is how Outlook writes a blank line.
            if not self._blank_line():
                self._emit("\n")
            return
        if collapsed.strip() or (self.parts and not self.parts[-1].endswith(("\n", " "))):
            if self.parts and self.parts[-1].endswith("\n"):
                collapsed = collapsed.lstrip()
            if collapsed:
                self._emit(collapsed)


def html_to_text(html: str) -> tuple[str, list[tuple[int, int]]]:
    """Visible text of an HTML email and the offsets of its blockquotes."""
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    if parser.quote_depth:
        parser.quoted.append((parser.quote_start, parser.length))
    # The parser has already turned character references into characters (convert_charrefs);
    # unescaping again would read "&amp;lt;" as "<" and move the offsets of the blockquotes.
    # An empty blockquote quotes nothing: no set-aside part of no length.
    return "".join(parser.parts), [(start, end) for start, end in parser.quoted if end > start]


# --- quoted replies and signatures -----------------------------------------------------------

# The verbs of the line a mail client writes above the message it quotes ("On <date>, <name>
# wrote:", "Le <date>, <name> a écrit :", "Am <date> schrieb <name>:", "El <date>, <name>
# escribió:"), checked as lower-case substrings before any pattern runs.
_REPLY_VERBS = ("wrote", "écrit", "schrieb", "escribió", "schreef", "ha scritto", "escreveu")
_REPLY_OPENING = r"(?:On|Le|Am|El|Op|Il|Em)\s"
_ADDRESS = r"<\n?[^\s<>@]+@[^\s<>]+>"
_QUOTE_HEADER = re.compile(
    # "On <date>, <name> wrote:" and its forms in other languages, on one line ...
    rf"^(?:{_REPLY_OPENING}[^\n]{{0,200}}?(?:\bwrote|\ba écrit|\bescribió|\bha scritto"
    r"|\bescreveu|\b(?:schrieb|schreef)\b[^\n]{0,150}?)[ \t\u202f]?:[ \t]*$"
    # ... or broken over two lines by a long address, which the client wraps around
    rf"|{_REPLY_OPENING}(?=(?:[^\n]{{0,300}}\n)?[^\n]{{0,300}}?(?:{'|'.join(_REPLY_VERBS)}))"
    rf"[^\n]{{0,200}}?\s{_ADDRESS}[^\n]{{0,100}}?\n?[^\n]{{0,100}}?[ \t\u202f]?:[ \t]*$"
    # Outlook's and Gmail's separators, in English, French, German and Spanish
    r"|-{2,}[ \t]*(?:Original Message|Forwarded message|Message d'origine|Message transféré"
    r"|Ursprüngliche Nachricht|Weitergeleitete Nachricht|Mensaje original|Mensaje reenviado)"
    r"[ \t]*-{2,}"
    r"|Begin forwarded message:"
    # Outlook's "From: / Sent: / To: / Subject:" block, with the rule of underscores above it;
    # without the rule, the From line gives an address or a Subject line follows ("From: Leeds"
    # over "Date: 3 May" may be a journey)
    r"|(?:_{8,}[ \t]*\n|(?=(?:From|De|Von|Van|Da)[ \t]?:[ \t](?:[^\n]*@"
    r"|(?:.*\n){1,5}?(?:Subject|Objet|Betreff|Asunto|Onderwerp|Oggetto|Assunto)[ \t]?:)))"
    r"(?:From|De|Von|Van|Da)[ \t]?:[ \t].+\n(?:.*\n){0,3}?"
    r"(?:Sent|Date|Envoyé|Gesendet|Datum|Enviado|Fecha|Verzonden|Inviato)[ \t]?:\s)",
    re.M | re.I,
)
_QUOTE_HEADER_MARKERS = (
    *_REPLY_VERBS,
    *("original", "forwarded", "message d", "nachricht", "mensaje"),
    *("from:", "de:", "de :", "von:", "van:", "da:"),
)
_QUOTED_LINES = re.compile(r"(?:^[ \t]*>.*(?:\n|$))+", re.M)
_SIGNATURE_DELIMITER = re.compile(r"^-- ?$", re.M)
# The line a phone or a mail app adds under a message ("Sent from my iPhone", "Sent from Yahoo
# Mail on Android", "Get Outlook for iOS"); a sentence that starts "Sent from" is not one.
_SENT_FROM = re.compile(
    r"^[ \t]*(?:Sent from my [\w ]+"
    r"|Sent (?:from|with|via) (?:Yahoo Mail|Outlook|Mail|Gmail|AOL|Proton ?Mail|BlackBerry"
    r"|Samsung|Huawei|Xiaomi|Spark|BlueMail|Edison)\b[\w .-]*"
    r"|Get Outlook for \w+)[ \t]*[.!]?[ \t]*$",
    re.M | re.I,
)
_SENT_FROM_MARKERS = ("sent from", "sent with", "sent via", "get outlook")
# A sign-off line ("Best regards,"), found by the line break before it: the literal "\n" lets the
# regex engine skip in C from line to line (a sign-off on the first line signs nothing off), and
# a line too long to be one is passed over before the sign-offs are tried.
_SIGN_OFF = re.compile(
    r"\n[ \t]*(?![^\n]{48})(?:(?:with )?(?:kind|kindest|best|warm|warmest|many)?[ \t]*regards"
    r"|thanks (?:and|&) regards|best(?: wishes)?|(?:kind|warm) wishes|thanks(?: again)?"
    r"|many thanks|with thanks|thank you|cheers|sincerely(?: yours)?"
    r"|yours(?: truly| sincerely)?|respectfully|all the best|talk soon|speak soon"
    # the same in the languages whose quote headers we know
    r"|(?:viele|beste|liebe|freundliche) grüße|mit freundlichen grüßen|(?:bien )?cordialement"
    r"|saludos(?: cordiales)?|atentamente|cordiali saluti|groeten|atenciosamente|grüße"
    r"|bien à vous|un saludo|(?:cordiali|distinti) saluti"
    r"|(?:met )?vriendelijke groet(?:en)?)[ \t]*[,.!]?[ \t]*$",
    re.M | re.I,
)
# A signature can run past six lines when, below the name, it gives an address, phones and a
# website; such a line has a phone number (not a date), an email address, a web address or a
# "T:"/"Tel:" label.
_CONTACT_LINE = re.compile(
    r"\d[\d ()+.-]{6,}\d|\S@\S|www\.|https?://"
    r"|^[ \t]*(?:(?:t|m|p|f|tel|phone|mob|mobile|fax|office|direct)[ \t]*:|tel\.)",
    re.M | re.I,
)
# The notice a company's mail server adds under every message: a heading ("CONFIDENTIALITY
# NOTICE:", "Disclaimer:"), a sentence saying this email is confidential or meant only for its
# addressee, or the reminder not to print it. The notice runs to the end of the new message.
_DISCLAIMER = re.compile(
    r"^[ \t]*(?:confidentiality (?:notice|note|statement)\b"
    r"|disclaimer[ \t]*:|(?:privileged|strictly) (?:and|&) confidential\b"
    r"|please consider the environment before printing"
    # a heading a client might write too, or a sentence: a notice if it goes on like one
    r"|(?P<claim>(?:legal|important) notice\b"
    r"|(?:this|the information (?:contained )?in this|the contents? of this)"
    r" (?:e-?mail|message|communication|transmission)\b[^\n]{0,80}?"
    r"\b(?:is|are|may be|contains?)\b[^\n]{0,60}?"
    r"\b(?:confidential|privileged|intended (?:only|solely))))",
    re.M | re.I,
)
_DISCLAIMER_MARKERS = ("confidential", "disclaimer", "privileged", "notice", "intended", "printing")
# What a notice that does not announce itself with a heading goes on to say (not "in error" or
# "delete" alone: a complaint says "you charged me in error", "delete my account").
_DISCLAIMER_WORDS = re.compile(
    r"intended recipient|addressee|received (?:this|it) (?:e-?mail |message )?in error"
    r"|notify the sender|intended (?:only|solely)|prohibited|unauthori[sz]ed",
    re.I,
)


def _disclaimer_start(head: str) -> int | None:
    """Where a disclaimer starts that runs to the end of `head`, if there is one."""
    for found in _DISCLAIMER.finditer(head):
        if found.start() == 0 or len(head) - found.start() > 4000:
            continue
        # "Important notice:" or a sentence that calls this email confidential is a notice when
        # it goes on to speak of its addressee; "Confidentiality notice" or the print reminder
        # is one by itself.
        if found.group("claim") is None or _DISCLAIMER_WORDS.search(head, found.end()):
            return found.start()
    return None


def _set_aside_regions(text: str, quoted_html: list[tuple[int, int]]) -> list[SetAside]:
    regions: list[tuple[str, int, int]] = [("quoted", s, e) for s, e in quoted_html]
    if "\n" not in text:
        # Everything looked for below starts on a line after the first (a quote header, a '>'
        # line with text above it, a disclaimer, a signature): text on one line has none.
        return _merged(text, regions)
    lowered = text.lower()
    # Cheap substring tests first: most messages have no quote header, '>' lines or delimiter.
    # Every quote header has a colon or a run of dashes.
    if (":" in text or "--" in text) and any(marker in lowered for marker in _QUOTE_HEADER_MARKERS):
        header = _QUOTE_HEADER.search(text)
        if header and header.start() > 0:
            regions.append(("quoted", header.start(), len(text)))
    if ">" in text:
        for match in _QUOTED_LINES.finditer(text):
            if match.start() > 0 or text[match.end() :].strip():
                regions.append(("quoted", match.start(), match.end()))
    quoted_from = min((s for _, s, _ in regions), default=len(text))
    new_until = quoted_from
    if any(marker in lowered for marker in _DISCLAIMER_MARKERS):
        disclaimer_at = _disclaimer_start(text[:quoted_from])
        if disclaimer_at is not None:
            regions.append(("disclaimer", disclaimer_at, quoted_from))
            new_until = disclaimer_at
    head = text[:new_until]
    signature_at = None
    delimiters = []
    if "\n--" in head:
        delimiters.append(_SIGNATURE_DELIMITER)
    if any(marker in lowered for marker in _SENT_FROM_MARKERS):
        delimiters.append(_SENT_FROM)
    for pattern in delimiters:
        found = pattern.search(head)
        if found and found.start() > 0:
            signature_at = (
                found.start() if signature_at is None else min(signature_at, found.start())
            )
    sign_offs = list(_SIGN_OFF.finditer(head))
    if sign_offs:
        last = sign_offs[-1]
        line_start = last.start() + 1  # after the line break
        tail_lines = [line for line in head[last.end() :].splitlines() if line.strip()]
        if all(len(x) < 80 for x in tail_lines) and (
            len(tail_lines) <= 6
            or (
                len(tail_lines) <= 10
                and _NAME_LINE.match(tail_lines[0]) is not None
                and _CONTACT_LINE.search(head, last.end()) is not None
            )
        ):
            signature_at = line_start if signature_at is None else min(signature_at, line_start)
    if signature_at is None:
        signature_at = _bare_signature(head)
    if signature_at is not None and head[signature_at:].strip():
        regions.append(("signature", signature_at, new_until))
    return _merged(text, regions)


def _merged(text: str, regions: list[tuple[str, int, int]]) -> list[SetAside]:
    """The parts set aside, in order, each overlapping part folded into the one before it."""
    if not regions:
        return []
    merged: list[SetAside] = []
    for kind, start, end in sorted(regions, key=lambda r: (r[1], -r[2])):
        if merged and start < merged[-1].span.end:
            last_region = merged[-1]
            if end > last_region.span.end:
                span = Span.of(text, last_region.span.start, end)
                merged[-1] = SetAside(last_region.kind, span)
            continue
        merged.append(SetAside(kind, Span.of(text, start, end)))
    return merged


_NAME_LINE = re.compile(
    r"^[ \t]*(?:[-–—~][ \t]*)?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}[ \t]*$"
)


def _bare_signature(head: str) -> int | None:
    """Where a signature starts that has no sign-off: a last paragraph of a few short lines
    (up to four, or eight when it gives phones or addresses) opening with a name ("Dana
    Whitfield", "— Dana") and holding no sentence."""
    stripped = head.rstrip()
    paragraph_at = stripped.rfind("\n\n")
    if paragraph_at < 0:
        return None
    paragraph = stripped[paragraph_at + 2 :]
    lines = paragraph.split("\n")
    if len(lines) > 8 or any(
        len(line) > 60 or line.rstrip().endswith((".", "?", "!")) for line in lines
    ):
        return None
    if len(lines) > 4 and _CONTACT_LINE.search(paragraph) is None:
        return None
    if not _NAME_LINE.match(lines[0]):
        return None
    return paragraph_at + 2


def _blank_out(text: str, regions: list[SetAside]) -> str:
    if not regions:
        return text
    pieces = []
    cursor = 0
    for region in regions:
        pieces.append(text[cursor : region.span.start])
        pieces.append(re.sub(r"[^\n]", " ", text[region.span.start : region.span.end]))
        cursor = region.span.end
    pieces.append(text[cursor:])
    return "".join(pieces)


# --- hard-wrapped plain text -----------------------------------------------------------------

# A line a mail client broke to fit a width (72-80 columns is usual) is long and stops mid-sentence.
_WRAPPED_LINE = range(50, 101)
# Words a sentence does not end with: a preposition, article, conjunction or possessive.
_CANNOT_END = frozenset(
    "a an the by to of for with from on at in into onto and or but your our my their his her its "
    "this that these those than via per".split()
)
_LINE_END_MARKS = tuple(".!?…:;")
# The next line goes on with the sentence: a word, a number or an opening mark; not a list item,
# a quote marker or a line that starts indented.
_CONTINUES = re.compile(r"(?![-*•>+]|\d{1,2}[.)]\s)[^\W_\s]|[\"“‘'(\[$£€#@]")


def unwrap(body: str) -> str:
    """`body` with the line breaks of hard-wrapped text turned into spaces (same length, so every
    offset stays valid), so that a sentence a mail client broke over two lines stays one sentence.

    A break is soft after a long line (50-100 characters) with no end mark, before a line that goes
    on (a lower-case word, any word after a line that stops on "by", "the", "and"..., or any word
    when the message has two or more such lines: it is wrapped). Short lines, list items and
    lines ending a sentence keep their break.

    >>> unwrap("I ordered forty notebooks on the 2nd and the confirmation said they'd\\n"
    ...        "be here by Wednesday.\\nThanks,\\nDana")[63:74]
    "they'd be h"
    """
    lines = body.split("\n")
    candidates: list[int] = []  # offsets of the breaks after long lines without an end mark
    lowercase_next: list[bool] = []
    at = 0
    for line, following in pairwise(lines):
        at += len(line)
        kept = line.rstrip()
        if (
            len(kept) in _WRAPPED_LINE
            and not kept.endswith(_LINE_END_MARKS)
            and _CONTINUES.match(following) is not None
        ):
            candidates.append(at)
            # A line that stops on a word no sentence ends with ("... the invoice by" / "Friday")
            # goes on whatever the next line starts with.
            lowercase_next.append(
                following[0].islower() or kept.rpartition(" ")[2].lower() in _CANNOT_END
            )
        at += 1
    if not candidates:
        return body
    wrapped = len(candidates) >= 2
    soft = [c for c, lower in zip(candidates, lowercase_next, strict=True) if wrapped or lower]
    if not soft:
        return body
    # Each soft break is one character: the text between them is kept as it is.
    pieces = [body[start + 1 : end] for start, end in pairwise([-1, *soft, len(body)])]
    return " ".join(pieces)


# --- sentences and tokens --------------------------------------------------------------------

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|[#@$£€][\w.,]*\w|\S")
# The same tokens (a test checks it), written for speed and captured, so that one split gives the
# whitespace between tokens and the tokens: a token starts at any non-space character (one
# character set, so the regex engine skips in C to the next one) and what follows depends on
# that character; a word never gives back what it took (possessive), as nothing after it could
# need it. For text without "_", where a word character is a letter or digit, the plain class is
# about a third cheaper for the regex engine than "a word character but not _".
_TOKEN_PARTS = re.compile(
    r"(\S(?:(?<=[^\W_])[^\W_]*+(?:['’][^\W_]++)*+"  # a word
    r"|(?<=[#@$£€])[\w.,]*\w"  # a hashtag, handle or amount
    r"|))"  # any other symbol
)
_TOKEN_PARTS_NO_UNDERSCORE = re.compile(
    r"(\S(?:(?<=\w)\w*+(?:['’]\w++)*+"  # a word
    r"|(?<=[#@$£€])[\w.,]*\w"  # a hashtag, handle or amount
    r"|))"  # any other symbol
)
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr vs etc eg ie no nr inc ltd co corp approx dept est fig jan feb mar apr "
    "jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun".split()
)
# A sentence ends at a run of end marks (and closing quotes) before a space, a blank line, or a
# line break before more text. Written to start with one character set, so the regex engine
# skips in C to the next character that can end a sentence; a run of end marks is tried from its
# first mark only, and never given back, so "!!!…" without a space stays linear.
_SENTENCE_END = re.compile(
    r"[.!?…\n](?:(?<=[.!?…])(?<![.!?…][.!?…])[.!?…]*+[\"'”’)\]]*+(?=\s)"
    r"|(?<=\n)\s*\n|(?<=\n)(?=\s*\S))"
)


def _sentences(body: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(body):
        piece_end = match.end() if not match.group().isspace() else match.start()
        if body[match.start()] == "." and _abbreviation_before(body, match.start(), start):
            continue
        _add_sentence(body, start, piece_end, spans)
        start = match.end()
    _add_sentence(body, start, len(body), spans)
    return spans


def _abbreviation_before(body: str, dot: int, floor: int) -> bool:
    """Whether the word ending at the full stop `dot` is an abbreviation or an initial ("Mr.")."""
    # The word is the run of word characters (letters, digits, "_") before the dot. Most words
    # follow a space: what follows the last space in the few characters an abbreviation can take
    # is the word when it is all letters and digits (with no space there, it is the end of a word
    # too long to be an abbreviation or an initial, and the answer is the same).
    window_start = max(floor, dot - _LONGEST_ABBREVIATION - 1)
    space = body.rfind(" ", window_start, dot)
    word = body[space + 1 if space >= 0 else window_start : dot]
    if not word.isalnum():
        # "(Mr.", "e.g.", "_id.": walk back one character at a time.
        begin = dot
        while begin > floor and (body[begin - 1].isalnum() or body[begin - 1] == "_"):
            begin -= 1
        word = body[begin:dot]
        if not word:
            return False
    return word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATIONS))


def _add_sentence(body: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The offsets of the stretch around `start`..`end` bounded by the nearest end mark or line
    break on either side (a rough sentence: "Refund the fee. It was $40" gives the first part).

    >>> text = "It came late. Refund the $40 fee! Thanks."
    >>> sentence_around(text, 14, 20)
    (13, 32)
    """
    before = max(text.rfind(mark, 0, start) for mark in _SENTENCE_MARKS) + 1
    ends = [at for at in (text.find(mark, end) for mark in _SENTENCE_MARKS) if at >= 0]
    return before, min(ends, default=len(text))


_SENTENCE_MARKS = ".!?\n"


def lower_in_place(text: str) -> str | None:
    """`text.lower()` when it keeps every offset; None when a character grows ("İ" → "i̇")."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


def tokenize(text: str, lowered: str | None = None) -> list[Token]:
    """Words (with inner apostrophes), hashtags, amounts, numbers, and single other symbols.

    `lowered` is `lower_in_place(text)` when the caller already has it.
    """
    if lowered is None:
        lowered = lower_in_place(text)
    if lowered is None:  # a few characters lower-case to two; slice per token then
        return [
            Token(m.start(), m.end(), m.group(), m.group().lower()) for m in _TOKEN.finditer(text)
        ]
    # Tokens are the hot path: every step below is a C loop (one split, no match objects; the
    # offsets are running sums of the parts' lengths), and tuple.__new__ skips the NamedTuple's
    # Python-level constructor.
    pattern = _TOKEN_PARTS if "_" in text else _TOKEN_PARTS_NO_UNDERSCORE
    parts = pattern.split(text)  # whitespace, token, whitespace, ..., token, whitespace
    bounds = list(accumulate(map(len, parts)))
    starts, ends, texts = bounds[0:-1:2], bounds[1::2], parts[1::2]
    # Lower-casing each token gives the slice of `lowered` (no character here changes length),
    # except for a capital sigma, whose lower case depends on the letters around it.
    if "Σ" in text:
        lowers = map(lowered.__getitem__, map(slice, starts, ends))
    else:
        lowers = map(str.lower, texts)
    return list(map(tuple.__new__, repeat(Token), zip(starts, ends, texts, lowers, strict=True)))


def token_words(lowered: str) -> tuple[list[int], list[str]]:
    """Where the tokens of a text start and their lower case, from `lowered`, the text's
    `lower_in_place`: the `start` and `lower` of each of `tokenize`'s tokens, for about half
    the work, for a caller that needs no more.

    >>> token_words(lower_in_place("I'll call at 3 PM."))
    ([0, 5, 10, 13, 15, 17], ["i'll", 'call', 'at', '3', 'pm', '.'])
    """
    # Splitting the lower-cased text gives the same tokens as splitting the text: every
    # character that lower-cases to one character keeps its class (letter, digit, space, "_",
    # apostrophe, symbol; a test checks them all), and a token's lower case is its stretch of
    # `lowered` (see `tokenize`).
    pattern = _TOKEN_PARTS if "_" in lowered else _TOKEN_PARTS_NO_UNDERSCORE
    parts = pattern.split(lowered)
    return list(accumulate(map(len, parts[:-1])))[0::2], parts[1::2]


# --- language -------------------------------------------------------------------------------

_ENGLISH_WORDS = frozenset(
    "the a an and or but is are was were be been am i you he she it we they my your our their me "
    "us them this that these those to of in on at for with from by not no do does did have has "
    "had will would can could should please thanks thank hi hello order when what why how where "
    "who still just so if as up out about again get got any there here".split()
)


# Common function words of other languages in Latin script (none of them English words).
_OTHER_WORDS = frozenset(
    "el la los las un una y que de del en es por para con pero muy mi su nadie hace desde ha le "
    "les des et est pas je tu il nous vous une dans avec pour sur mais très ma mon ne plus der "
    "die das und ist nicht ich du wir sie ein eine mit für auf aber sehr mein kein noch o os as "
    "um uma não é com para mas meu minha ele ela já il lo gli di che non è sono per ma molto mio "
    "het een niet ik je wij zijn maar "
    # Words a short complaint in those languages rarely goes without (greetings, thanks, "I want",
    # "order", "still"), so two-line messages are recognised too.
    "hola gracias quiero necesito tengo estoy todavía pedido llegado reembolso bonjour merci "
    "je voudrais commande colis toujours remboursement bitte danke hallo habe möchte bestellung "
    "immer olá obrigado obrigada quero encomenda ainda grazie buongiorno voglio ordine ancora "
    "rimborso bestelling alstublieft".split()
) - frozenset("a is on me no die den ha non per o um con un".split())


def detect_language(tokens: list[Token]) -> str:
    """'en' unless the text shows another language; 'unknown' when it has no words at all.

    Short, terse English (tweets, subject lines) often has no function words, so a text counts as
    another language only on positive evidence: mostly non-Latin script, or more function words
    of other Latin-script languages than of English.
    """
    # The first few hundred tokens decide; a long English email need not be counted to the end.
    # Counting runs in C loops: this runs on every message.
    lowers = list(map(_LOWER, tokens[:400]))
    english = sum(map(_ENGLISH_WORDS.__contains__, lowers))
    other = sum(map(_OTHER_WORDS.__contains__, lowers))
    # Only words start with a letter, so the counts above are over words. With a function word
    # found and no letter beyond Latin script anywhere, every word is Latin: skip the count.
    joined = "".join(lowers)
    # Python knows whether a string is ASCII without reading it, and no ASCII letter is beyond
    # Latin script: most messages skip the scan.
    beyond_latin = not joined.isascii() and _BEYOND_LATIN.search(joined) is not None
    if not (english or other) or beyond_latin:
        firsts = "".join(map(_FIRST, lowers))
        words = sum(map(str.isalpha, firsts))
        if not words:
            return "unknown"
        if max(firsts) >= "ɏ":
            latin = sum(1 for c in firsts if c.isalpha() and c < "ɏ")
            if latin / words < 0.5:
                return "other"
        if beyond_latin:
            # A Latin word glued to another script ("amazonプライムビデオ") starts with a Latin
            # letter: judge by the letters themselves.
            beyond = len(_BEYOND_LATIN.findall(joined))
            if beyond > sum(map(str.isalpha, joined)) - beyond:
                return "other"
    return "other" if other >= 2 and other > english else "en"


# A letter beyond Latin script (U+024F and up): word characters minus digits, "_" and Latin.
_BEYOND_LATIN = re.compile(r"[^\W\d_\x00-\u024e]")
_LOWER = itemgetter(3)  # Token.lower
_FIRST = itemgetter(0)


def what_is_empty(doc: Document) -> str | None:
    """Why `doc` has no words of its own to analyse ("empty", "only quoted text or a
    signature"), or None when it has some."""
    if doc.body.strip():
        return None
    return "only quoted text or a signature" if doc.text.strip() else "empty"


# --- the entry point ------------------------------------------------------------------------

_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL_OR_INVISIBLE = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200c\u200d\u2060\ufeff\u00ad]"
)


def normalise(
    raw: str | bytes,
    max_chars: int = DEFAULT_MAX_CHARS,
    *,
    language: bool = True,
    tokens: bool = True,
) -> Document:
    """Turn what arrived into a `Document`. Raises `InputError` for binary or oversized input.

    `language=False` skips detecting the language, for a caller that does not read it (finding
    promises does not): `Document.language` is then "". `tokens=False` skips the tokens and the
    language, for a caller that needs only the tokens' starts and lower case (`token_words` gives
    them from `Document.lower`): `Document.tokens` is then (), unless `lower` is None (a body that
    does not lower-case in place), when the tokens are kept.
    """
    notes: list[str] = []
    if isinstance(raw, bytes):
        raw, decode_notes = decode(raw)
        notes.extend(decode_notes)
    if len(raw) > max_chars:
        raise InputError(
            f"The message is {len(raw):,} characters; the limit is {max_chars:,}. "
            "Split it, or raise `limits.max_chars` in your playbook."
        )
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    # Most messages hold no control or invisible character: one scan tells, and spares three.
    if _CONTROL_OR_INVISIBLE.search(text) is not None:
        controls = len(_CONTROL.findall(raw[:65536]))
        if controls > 8 and controls > len(raw[:65536]) // 50:
            raise InputError("The input looks binary (many control characters); give plain text.")
        text = _INVISIBLE.sub("", _CONTROL.sub(" ", text))
    text = text.replace("\u00a0", " ")
    quoted_html: list[tuple[int, int]] = []
    was_html = looks_like_html(text)
    if was_html:
        text, quoted_html = html_to_text(text)
        text = text.replace("\u00a0", " ")  # "&nbsp;" is a space to every reader
        notes.append("HTML markup was removed; spans refer to the visible text")
    regions = _set_aside_regions(text, quoted_html)
    body = _blank_out(text, regions)
    if not was_html and "\n" in body:
        body = unwrap(body)
    for region in regions:
        notes.append(f"{region.kind} text set aside ({region.span.end - region.span.start} chars)")
    sentences = [Span.of(text, start, end) for start, end in _sentences(body)]
    lower = lower_in_place(body)
    if not tokens and lower is not None:
        return Document(
            text, body, lower, tuple(sentences), (), tuple(regions), was_html, "", tuple(notes)
        )
    found = tokenize(body, lower)
    return Document(
        text=text,
        body=body,
        lower=lower,
        sentences=tuple(sentences),
        tokens=tuple(found),
        set_aside=tuple(regions),
        was_html=was_html,
        language=detect_language(found) if language and tokens else "",
        notes=tuple(notes),
    )
