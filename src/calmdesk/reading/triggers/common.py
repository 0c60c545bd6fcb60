"""What several triggers share: the writer speaking for themselves (`FIRST_PERSON`) and of
something not done yet (`INTEND`), as in "I'm going to", "we will", "ill".
"""

from __future__ import annotations

import re

from calmdesk.reading.phrases import Q

# Someone speaking for themselves, as in "I'm", "we will", "ill" (tweets drop the apostrophe).
FIRST_PERSON = (
    r"(?:i|we|i'm|im|i\s+am|we're|we\s+are|i'll|ill|we'll|i\s+will|we\s+will|i'd|id|we'd)"
)
FIRST_PERSON_WORDS = "i we i'm im i'll ill we'll i'd id we'd we're"
# "going to", "gonna", "will", "about to": said of something not done yet.
INTEND = (
    rf"(?:will|{Q}ll|shall|would|{Q}d|am|{Q}m|are|{Q}re|is|going\s+to|gonna|about\s+to|ready\s+to|"
    rf"planning\s+to|plan\s+to|intend\s+to|want\s+to|wanna|have\s+to|got\s+to|gotta|need\s+to|"
    rf"must|might|may|thinking\s+of|considering|seriously\s+considering|"
    rf"(?:definitely|probably|now|just)\s)"
)

# What comes just before "call" or "meeting" when one is asked for: "can we have a quick call",
# "I'd like a video call", and a second thing in a request ("I want a refund and a call with
# someone senior", whose phrase then starts at "a call"). "We have a call at 3" and "I'll have a
# call with them" report one.
CALL_ASKED_BEFORE = re.compile(
    rf"""(?:\b(?:please|pls|can|could|would\s+like|(?:i|we){Q}d\s+like|want|need|expect|request|
    requesting|(?:still\s+)?waiting\s+(?:for|on)|arrange|schedule|book|set\s+up|
    (?<!\bwe\s)(?<!\bi\s)(?<!\bi['’]ll\s)(?<!\bwe['’]ll\s)have)\s+(?:[\w'’]+\s+){{0,2}}?
    |\b(?:want|need|expect|demand|request|would\s+like|(?:i|we){Q}d\s+like)\b[^.!?;\n]{{1,60}}
    \band\s+(?P<phrase>))
    (?:a|an)\s+(?:quick\s+|short\s+|proper\s+|urgent\s+|face[- ]to[- ]face\s+)?
    (?:phone\s+|video\s+|zoom\s+|teams\s+|conference\s+)?\Z""",
    re.X,
)
