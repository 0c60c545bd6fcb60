"""Contractions written without their apostrophe: a rep typing fast writes "dont", "thats" and
"youll", and an avoided phrase must still be caught.

Playbook patterns spell the apostrophe as `['’]`. `loosened(pattern)` makes it optional where
the word without it can only be the contraction: after "n" before "t" ("dont", "cant", "isnt"),
after "you" and "they" ("youre", "theyll"), in "I'm" and "I've" / "we've", and in "that's",
"there's", "what's", "here's". It stays required where dropping it makes another word: "we'll"
(well), "I'll" (ill), "we're" (were), "it's" (its), "I'd" / "we'd" (id, wed). After a group of
words, "(?:it|that)['’]s", only the safe words may drop it: "thats" matches, "its" does not.

>>> import re
>>> pattern = re.compile(loosened(r"\\bthere['’]s nothing (?:I|we) can(?:['’]t|not) do\\b"), re.I)
>>> bool(pattern.search("Theres nothing we cant do")), bool(pattern.search("There's nothing"))
(True, False)
>>> loosened(r"\\bwe['’]ll|\\bit['’]s") == r"\\bwe['’]ll|\\bit['’]s"
True
"""

from __future__ import annotations

import re

_APOSTROPHE = "['’]"
_APOSTROPHES = re.compile(re.escape(_APOSTROPHE))
# The word a pattern spells just before an apostrophe (after a "\\b", a space, "|" or "(?:").
_WORD_BEFORE = re.compile(r"(?:\\b|(?<![A-Za-z\\]))([A-Za-z]+)$")
# The words whose contractions keep their sense without the apostrophe, by what follows it.
_TAILS = {
    "you": ("re", "ll", "ve"),
    "they": ("re", "ll", "ve"),
    "i": ("m", "ve"),
    "that": ("s",),
    "there": ("s",),
    "what": ("s",),
    "here": ("s",),
}
_I_OR_WE = ("(?:I|we)", "(?:we|I)")
# A group of plain words just before an apostrophe: "(?:that|this|it)".
_GROUP_BEFORE = re.compile(r"\(\?:([A-Za-z]+(?:\|[A-Za-z]+)+)\)$")


def loosened(pattern: str) -> str:
    """`pattern` with the apostrophe made optional in contractions that stay unambiguous
    without it (see the module's docstring); never inside a look-behind, which must keep its
    width."""
    out: list[str] = []
    last = 0
    for at in _apostrophes_outside_lookbehind(pattern):
        end = at + len(_APOSTROPHE)
        if _loose(pattern[:at], pattern[end:]):
            out.append(pattern[last:end] + "?")
            last = end
            continue
        safe = _safe_in_group(pattern[:at], pattern[end:])
        if safe:
            # "(?:it|that)['’]s" -> "(?:it|that)(?:['’]|(?<=that))s": "thats", never "its"
            behind = "".join(f"|(?<={word.lower()})" for word in safe)
            out.append(f"{pattern[last:at]}(?:{_APOSTROPHE}{behind})")
            last = end
    out.append(pattern[last:])
    return "".join(out)


def _apostrophes_outside_lookbehind(pattern: str) -> list[int]:
    """Where `['’]` stands in `pattern`, outside any look-behind group."""
    if "(?<" not in pattern:  # (the common case: no group to keep track of)
        return [found.start() for found in _APOSTROPHES.finditer(pattern)]
    found: list[int] = []
    groups: list[bool] = []  # for each open group: whether it is a look-behind
    at = 0
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if char == "[":
            if pattern.startswith(_APOSTROPHE, at) and not any(groups):
                found.append(at)
            at = _class_end(pattern, at)
            continue
        if char == "(":
            groups.append(pattern.startswith(("(?<=", "(?<!"), at))
        elif char == ")" and groups:
            groups.pop()
        at += 1
    return found


def _class_end(pattern: str, at: int) -> int:
    """The index just after the character class opening at `at`."""
    at += 2 if pattern.startswith("[^", at) else 1
    at += pattern[at] == "]" if at < len(pattern) else 0  # a "]" first is a literal
    while at < len(pattern) and pattern[at] != "]":
        at += 2 if pattern[at] == "\\" else 1
    return at + 1


def _safe_in_group(before: str, after: str) -> list[str]:
    """The words of a group just before the apostrophe (pattern source) whose contraction keeps
    its sense without it; empty when there is no such group."""
    found = _GROUP_BEFORE.search(before.removesuffix("(?:"))
    if found is None:
        return []
    words = found.group(1).split("|")
    return [word for word in words if after.startswith(_TAILS.get(word.lower(), ("\\0",)))]


def _loose(before: str, after: str) -> bool:
    """Whether the apostrophe between `before` and `after` (pattern source) may be left out."""
    before = before.removesuffix("(?:")  # "you(?:['’]re| are)" spells "you're" too
    if after.startswith("t") and before.endswith("n"):
        return True  # don't, can't, isn't
    if after.startswith("ve") and before.endswith(_I_OR_WE):
        return True  # I've, we've
    found = _WORD_BEFORE.search(before)
    return found is not None and after.startswith(_TAILS.get(found.group(1).lower(), ("\\0",)))
