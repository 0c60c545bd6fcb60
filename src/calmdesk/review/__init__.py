"""The reply side: `review` a rep's draft against the guide before it is sent.

>>> from calmdesk.playbook import default_playbook
>>> review("Please calm down.", default_playbook()).findings[0].rule
'condescending'
"""

from calmdesk.review.review import review
from calmdesk.review.values import Finding, Review, StepResult

__all__ = ["Finding", "Review", "StepResult", "review"]
