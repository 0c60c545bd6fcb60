"""Word classes the step detectors share, as regular-expression sources (see `cues.pattern`).

>>> import re
>>> bool(re.search(FEELING, "this must be so frustrating", re.I))
True
"""

from __future__ import annotations

# Feelings a client may have, named by the reply ("frustrating", "upset", "let down").
FEELING = (
    r"\b(?:frustrat\w*|upset\w*|annoy\w*|disappoint\w*|stress\w*|worr\w*|anxious\w*|anxiety|"
    r"angry|anger\w*|furious|mad|irritat\w*|confus\w*|concern\w*|exasperat\w*|let down|fed up|"
    r"sad|sadly|saddened|sadness|hurt\w*|overwhelm\w*|scar(?:ed|y)|afraid|fear\w*|frighten\w*|"
    r"lonely|loneliness|depress\w*|pain|painful|heartbreak\w*|heartbroken|devastat\w*|"
    r"distress\w*|aggravat\w*|unhappy|helpless|hopeless|exhaust\w*|shock\w*|embarrass\w*|"
    r"disheartening|discourag\w*|nervous|panic\w*|grief|griev\w*|blue|down|low|tired|"
    r"miserable|awful|terrible|horrible|rough|tough|hard|difficult|unfair|infuriat\w*|"
    r"taken for granted|blindsided|brushed off|fobbed off|undervalued|unheard)\b"
)

# What the problem costs the client ("counting on it", "your deadline", "waiting for weeks").
IMPACT = (
    r"\b(?:important|counting on|rel(?:y|ied|ying|ies) on|deadline\w*|urgent\w*|wait\w*|"
    r"chas\w+|time|inconvenien\w*|disrupt\w*|impact\w*|affect\w*|cost\w*|hassle|nightmare|"
    r"ordeal|setback|loss|stuck|without|missed|miss|lost|ruin\w*|spoil\w*|event|business|"
    r"customers?|launch|weeks?|days?|months?|again|twice|repeated\w*|unacceptable|"
    r"not (?:okay|ok|good enough|acceptable|right|fair))\b"
)

# Praise of how the client is coping, as said after "it sounds like": an affirmation, not a
# restatement ("it sounds like you're handling it well", "sounds like you have a plan").
PRAISE = (
    r"you(?:'re| are|'ve| have)? (?:(?:really|already|clearly|definitely|been|so|very|got) )*"
    r"(?:doing (?:well|great|good|fine|(?:all )?the right|your best|a (?:great|good))|"
    r"handling|coping|on the right (?:track|path)|making (?:progress|good|great|an effort|efforts)|"
    r"trying (?:hard|your best)|got (?:this|a (?:good|great|plan))|"
    r"(?:a|an) (?:(?:good|great|solid|clear|real|sensible) )*(?:plan|start|handle on|head on your))"
)

# A word that names the client: the reply speaks about them, not about "any inconvenience".
ABOUT_CLIENT = r"\b(?:you|your|yours|yourself|you're|youre|you've|youve|you'd|you'll)\b"

# Negation between a subject and its verb: "we can't", "I am unable to", "not possible".
NEGATION = (
    r"\b(?:not|never|no|cannot|can't|cant|won't|wont|unable|don't|dont|doesn't|didn't|"
    r"isn't|aren't|wasn't|weren't|shouldn't|wouldn't|couldn't|impossible)\b"
)

# Hedges that turn a promise into a hope ("we'll try", "might be able to", "see what we can do").
HEDGE = (
    r"\b(?:might|may|maybe|possibly|perhaps|hopefully|try|trying|attempt\w*|"
    r"see (?:what|if|whether)|look(?:ing)? into|if possible|where possible|hope)\b"
)

# Blame placed elsewhere; an alignment in the same sentence does not count.
BLAME = (
    r"\b(?:(?:not|isn't|wasn't) (?:our|my) (?:fault|responsibility|problem|issue|doing)|"
    r"(?:that's|that is|it's|it is) on (?:fedex|ups|dhl|usps|the carrier|the courier|production|"
    r"the vendor|them|you)|out of (?:our|my) hands|nothing (?:more |else )?(?:we|i) can do|"
    r"(?:production's|the carrier's|the vendor's|fedex's|ups's|your) (?:mistake|fault|error))"
)

# Weekdays and months, for time expressions.
WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
