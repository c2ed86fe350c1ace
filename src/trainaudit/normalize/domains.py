"""Registrable domains (eTLD+1) from hosts, URLs and running text.

Conventions (template-fields.md, value type ``domains``):

- The registrable domain is the public suffix plus one label, from the ICANN
  section of the Public Suffix List (private suffixes such as ``github.io``
  are not used, so ``user.github.io`` gives ``github.io``). The list is the
  snapshot bundled with tldextract: nothing is fetched and nothing is cached
  on disk.
- Output is lower case and keeps the script it was written in: ``münchen.de``
  stays Unicode, ``xn--mnchen-3ya.de`` stays punycode. Scheme, user info,
  port, path, query, a trailing dot and ``www.`` are dropped.
- ``extract_domains`` returns the concrete domains of a text in order of first
  appearance without duplicates. It skips bare suffixes (".com, .org, .net"
  name categories, not domains), file names ("robots.txt", "ai.txt",
  "tdmrep.json", "README.md"), version numbers ("v1.2"), words run together
  at a sentence break ("report.For": a capitalised last label) and, unless
  ``include_emails`` is set, the domains of e-mail addresses, which are
  contact details rather than crawled sources.
"""

from __future__ import annotations

import re
from functools import lru_cache

import tldextract

__all__ = ["extract_domains", "host_of", "registrable_domain"]


@lru_cache(maxsize=1)
def _extractor() -> tldextract.TLDExtract:
    """Build the offline extractor: bundled suffix snapshot, no fetch, no disk cache."""
    return tldextract.TLDExtract(
        suffix_list_urls=(),
        cache_dir=None,
        fallback_to_snapshot=True,
        include_psl_private_domains=False,
    )


_LABEL = r"[^\W_](?:[\w-]{0,61}[^\W_])?"
_HOST = re.compile(rf"{_LABEL}(?:\.{_LABEL})+")
_URL = re.compile(r"(?i)\b(?:[a-z][a-z0-9+.\-]*)://[^\s<>\"'`]+")
_SCHEME = re.compile(r"^(?:[a-z][a-z0-9+.\-]*:)?//", re.IGNORECASE)
_BOUNDARY_BEFORE = re.compile(r"[\w@/\\.\-]$")
_FILE_BASENAMES = frozenset(
    {
        "robots",
        "ai",
        "llms",
        "llms-full",
        "tdmrep",
        "tdm",
        "readme",
        "license",
        "licence",
        "sitemap",
        "index",
        "humans",
        "security",
        "ads",
        "app-ads",
        "setup",
        "main",
        "config",
        "data",
        "model",
        "train",
        "requirements",
    }
)
_FILE_EXTENSIONS = frozenset(
    {"md", "py", "sh", "zip", "mov", "txt", "json", "jsonl", "pdf", "html", "htm", "csv", "xml"}
)


def host_of(text: str) -> str:
    """Strip scheme, user info, path, port and trailing dots from a URL or host."""
    host = _SCHEME.sub("", text.strip())
    host = re.split(r"[/?#\\]", host, maxsplit=1)[0]
    host = host.rsplit("@", 1)[-1]
    host = re.sub(r":\d*$", "", host)
    return host.strip().rstrip(".").lower()


def registrable_domain(text: str) -> str | None:
    """Return the lower-case registrable domain (eTLD+1) of a host, URL or bare domain."""
    host = host_of(text)
    if not host or any(c.isspace() for c in host) or ".." in host:
        return None
    parts = _extractor()(host)
    if not parts.domain or not parts.suffix:
        return None
    if not re.fullmatch(_LABEL, parts.domain):
        return None
    return f"{parts.domain}.{parts.suffix}".lower()


def _looks_like_file(candidate: str) -> bool:
    """Tell a file name ("robots.txt", "README.md") from a domain."""
    labels = candidate.lower().split(".")
    return len(labels) == 2 and (
        labels[0] in _FILE_BASENAMES
        or (labels[1] in _FILE_EXTENSIONS and not candidate.islower())
        or "_" in labels[0]
    )


def _bare_candidates(text: str, lowered: str) -> list[tuple[int, str]]:
    """Find domain-like tokens outside URLs, with their positions."""
    found: list[tuple[int, str]] = []
    for m in _HOST.finditer(text):
        start, token = m.start(), m.group(0)
        if _BOUNDARY_BEFORE.search(text[:start]):
            continue  # part of a path, an e-mail address, a number or a longer token
        if m.end() < len(text) and text[m.end()] in "@_":
            continue  # user part of an e-mail address
        last = token.rsplit(".", 1)[-1]
        if last[:1].isupper() and not last.isupper():
            continue  # "report.For": two words run together
        if _looks_like_file(token):
            continue
        found.append((start, lowered[start : m.end()] if len(lowered) == len(text) else token))
    return found


def _email_domains(text: str) -> list[tuple[int, str]]:
    """Find the domains of e-mail addresses, with their positions."""
    return [(m.start(1), m.group(1)) for m in re.finditer(rf"[\w.+\-]+@({_HOST.pattern})", text)]


def extract_domains(text: str, *, include_emails: bool = False) -> list[str]:
    """List the registrable domains named in a text, in order of appearance, without duplicates."""
    lowered = text.lower()
    spans: list[tuple[int, str]] = []
    masked = list(text)
    for m in _URL.finditer(text):
        spans.append((m.start(), host_of(m.group(0))))
        masked[m.start() : m.end()] = " " * (m.end() - m.start())
    plain = "".join(masked)
    spans.extend(_bare_candidates(plain, lowered))
    if include_emails:
        spans.extend(_email_domains(plain))
    result: dict[str, None] = {}
    for _, candidate in sorted(spans, key=lambda s: s[0]):
        domain = registrable_domain(candidate)
        if domain is not None and domain in lowered:
            result.setdefault(domain, None)
    return list(result)
