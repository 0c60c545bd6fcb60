"""The client side: `read` a message into a `Reading`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from calmdesk.reading.reader import read
    from calmdesk.reading.values import Reading

__all__ = ["Reading", "read"]


def __getattr__(name: str) -> Any:
    # Imported lazily so that `calmdesk.reading.<part>` loads without the whole reader.
    if name == "read":
        from calmdesk.reading.reader import read

        return read
    if name == "Reading":
        from calmdesk.reading.values import Reading

        return Reading
    raise AttributeError(name)
