"""A `ModelOutput` made by hand, for tests of what is decided from the model's verdict."""

from __future__ import annotations

from calmdesk.reading.model import ModelOutput


def output(probability: float, severity: int) -> ModelOutput:
    """The model saying `probability` of a complaint at `severity`, and nothing else."""
    return ModelOutput(
        emotions={},
        emotion_present={},
        emotion_tokens={},
        complaint=probability,
        severity=severity,
        anger=0.0,
    )
