"""Product tokens: the part of a crawler's name that robots.txt-style files match on.

RFC 9309 2.2.1 matches a group's ``user-agent`` value against the crawler's
*product token* case-insensitively. Tokens are compared lower-cased.

- On a ``user-agent`` line the token is the value up to the first space,
  "/", ",", ";" or "(" ("GPTBot/1.0" and "GPTBot (OpenAI)" give "gptbot"),
  as Google's parser reads it: a full browser string on a user-agent line
  ("Mozilla/5.0 (compatible; X/1.0)") is the token "mozilla".
- A crawler's name as a summary writes it is read the same way
  ("CCBot/2.0" gives "ccbot", "Brightbot 1.0" gives "brightbot"), except a
  full user-agent string beginning with "Mozilla/": its crawler token is the
  word after "compatible;" or, failing that, the first word of the last
  parenthesis ("... Safari/605.1.15 (Applebot/0.1; +http://...)" gives
  "applebot").
"""

from __future__ import annotations

import re

__all__ = ["line_token", "product_token"]

_FIRST = re.compile(r"[^\s/,;()]+")
_COMPATIBLE = re.compile(r"compatible\s*;\s*([^\s/,;()]+)", re.IGNORECASE)
_LAST_PAREN = re.compile(r"\(\s*([^\s/,;()]+)[^()]*\)[^()]*$")
_STRIP = " \t\"'`“”‘’"


def line_token(value: str) -> str:
    """Return the lower-cased product token of a ``user-agent`` line's value ("" when none)."""
    match = _FIRST.search(value.strip(_STRIP))
    return match.group(0).lower() if match else ""


def product_token(name: str) -> str:
    """Return the lower-cased product token of a crawler's name or full user-agent string."""
    name = name.strip(_STRIP)
    token = line_token(name)
    if token != "mozilla":
        return token
    found = _COMPATIBLE.search(name) or _LAST_PAREN.search(name)
    return found.group(1).lower() if found else token
