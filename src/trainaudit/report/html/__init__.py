"""The HTML report for reviewers: one self-contained, script-free page under a strict CSP.

Every piece of text that comes from a document, the catalogue or the command line goes through
``text.esc`` (``html.escape(..., quote=True)``); ids and classes are made from counters and fixed
words, never from that text. The page has no script; its one style sheet is allowed by its hash,
so nothing else (no inline ``style=``, no script, no image, no font, no request) can run or load.
"""

from __future__ import annotations

from trainaudit.report.html.page import to_html
from trainaudit.report.html.palette import BADGE_COLOURS, STATES
from trainaudit.report.html.style import CSP

__all__ = ["BADGE_COLOURS", "CSP", "STATES", "to_html"]
