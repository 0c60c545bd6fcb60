"""The team's de-escalation guide as data: the default playbook, loading and team overrides.

>>> from calmdesk.playbook import default_playbook
>>> playbook = default_playbook()
>>> playbook.step("acknowledge").title
'Acknowledge'
"""

from calmdesk.playbook.load import (
    DEFAULT_SOURCE,
    PLAYBOOK_FILE_NAME,
    compile_pattern,
    default_playbook,
    find_playbook_file,
    load_playbook,
    playbook_from_toml,
)
from calmdesk.playbook.model import (
    DAYS,
    SEVERITIES,
    STEP_IDS,
    TECHNIQUE_KINDS,
    AvoidedPhrase,
    BusinessHours,
    EscalationPolicy,
    Limits,
    Playbook,
    PolicyException,
    ReadingSettings,
    ReviewSettings,
    RuleSettings,
    Step,
    Technique,
    Thresholds,
)

__all__ = [
    "DAYS",
    "DEFAULT_SOURCE",
    "PLAYBOOK_FILE_NAME",
    "SEVERITIES",
    "STEP_IDS",
    "TECHNIQUE_KINDS",
    "AvoidedPhrase",
    "BusinessHours",
    "EscalationPolicy",
    "Limits",
    "Playbook",
    "PolicyException",
    "ReadingSettings",
    "ReviewSettings",
    "RuleSettings",
    "Step",
    "Technique",
    "Thresholds",
    "compile_pattern",
    "default_playbook",
    "find_playbook_file",
    "load_playbook",
    "playbook_from_toml",
]
