"""What several triggers share: the writer speaking for themselves (`FIRST_PERSON`) and of
something not done yet (`INTEND`), as in "I'm going to", "we will", "ill".
"""

from __future__ import annotations

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
