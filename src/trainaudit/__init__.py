"""trainaudit: audit AI providers' Public Summaries of Training Content."""

from __future__ import annotations

__version__ = "0.1.0"
