"""trainaudit: audit AI providers' Public Summaries of Training Content."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "read_summary"]

if TYPE_CHECKING:
    from trainaudit.summary import read_summary


def __getattr__(name: str) -> Any:
    """Import the library entry points on first use, so that the CLI starts fast."""
    if name == "read_summary":
        from trainaudit.summary import read_summary

        return read_summary
    raise AttributeError(f"module 'trainaudit' has no attribute {name!r}")
