"""A message in a conversation: its text, who wrote it, on which channel, and when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

ROLES = ("client", "rep")
CHANNELS = ("email", "chat", "call", "sms", "social")


@dataclass(frozen=True, slots=True)
class Message:
    """One message. `sent_at` is timezone-aware when known."""

    text: str
    role: str = "client"
    channel: str = "email"
    sent_at: datetime | None = None
