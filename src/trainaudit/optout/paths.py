"""Paths and path patterns of robots.txt (RFC 9309 2.2.2, 2.2.3), shared by TDMRep and ai.txt.

Normalisation (RFC 9309 2.2.2, RFC 3986 2.1-2.4), applied to both patterns
and the paths they are matched against, so that they compare octet by octet:

- characters outside US-ASCII, spaces, controls and other characters that a
  URI cannot hold are percent-encoded as UTF-8 ("/ツ" -> "/%E3%83%84");
- a percent-encoded unreserved character is decoded ("%62" -> "b"), every
  other escape is kept with upper-case hex digits ("%2f" -> "%2F");
- a "%" that starts no escape becomes "%25".

In a pattern "*" stands for any run of characters and a final "$" anchors
the pattern at the end of the path; a "$" elsewhere is literal. A literal
"*" or "$" in a path is compared as "%2A" / "%24", the way a pattern must
write it (RFC 9309 2.2.3).

Matching is case-sensitive and anchored at the start of the path; a pattern
without "$" matches every path it is a prefix of (after wildcards).
"""

from __future__ import annotations

import re
import string
from functools import lru_cache

__all__ = ["matches", "normalise_path", "normalise_pattern", "target_path"]

_UNRESERVED = frozenset(string.ascii_letters + string.digits + "-._~")
_UNSAFE = re.compile(r"[^A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]")
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
_SCHEME_HOST = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://[^/?#]*")


def _encode(match: re.Match[str]) -> str:
    """Percent-encode one character as the UTF-8 octets it is made of."""
    data = match.group(0).encode("utf-8", "surrogatepass")
    return "".join(f"%{octet:02X}" for octet in data)


def _unescape(match: re.Match[str]) -> str:
    """Decode an escaped unreserved character; upper-case the hex digits of any other."""
    char = chr(int(match.group(1), 16))
    return char if char in _UNRESERVED else "%" + match.group(1).upper()


def _normalise(text: str) -> str:
    """Apply the percent-encoding normalisation shared by paths and patterns."""
    text = _BAD_PERCENT.sub("%25", text)
    text = _UNSAFE.sub(_encode, text)
    return _ESCAPE.sub(_unescape, text) if "%" in text else text


def target_path(target: str) -> str:
    """Return the path and query of a URL or path, without fragment; "/" when empty."""
    target = target.strip()
    scheme_host = _SCHEME_HOST.match(target)
    if scheme_host:
        target = target[scheme_host.end() :]
    target = target.split("#", 1)[0]
    if not target.startswith("/"):
        target = "/" + target
    return target


def normalise_path(target: str) -> str:
    """Return the normalised path (and query) of a URL or path, ready to be matched."""
    path = target_path(target).replace("*", "%2A").replace("$", "%24")
    return _normalise(path)


@lru_cache(maxsize=65536)
def normalise_pattern(pattern: str) -> str:
    """Return a rule's path pattern normalised; "" stays "" (an empty rule matches nothing)."""
    pattern = pattern.strip()
    if not pattern:
        return ""
    anchored = pattern.endswith("$")
    body = pattern[:-1] if anchored else pattern
    body = re.sub(r"\*+", "*", body.replace("$", "%24"))
    return _normalise(body) + ("$" if anchored else "")


def matches(pattern: str, path: str) -> bool:
    """Tell whether a normalised pattern matches a normalised path (RFC 9309 2.2.2, 2.2.3)."""
    if not pattern:
        return False
    anchored = pattern.endswith("$")
    parts = (pattern[:-1] if anchored else pattern).split("*")
    first, last = parts[0], parts[-1]
    if len(parts) == 1:
        return path == first if anchored else path.startswith(first)
    if not path.startswith(first):
        return False
    position = len(first)
    for middle in parts[1:-1]:
        found = path.find(middle, position)
        if found < 0:
            return False
        position = found + len(middle)
    if anchored:
        return len(path) - len(last) >= position and path.endswith(last)
    return path.find(last, position) >= 0
