"""Errors a user can cause. The CLI turns each into a clear message and an exit code."""

from __future__ import annotations


class CalmdeskError(Exception):
    """Base of every error calmdesk raises on purpose; its message tells the user what to do."""


class InputError(CalmdeskError):
    """The text given cannot be analysed (binary, too large, undecodable)."""


class PlaybookError(CalmdeskError):
    """A playbook file is missing, malformed, or has a key with a wrong value."""


class DataError(CalmdeskError):
    """An evaluation data file has a missing field or a malformed line."""
