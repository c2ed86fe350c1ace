"""Check type on the Code of Practice signatory answer, against a bundled list of signatories.

The lists live in ``rules/data/<list>.yaml``: the organisations that signed
(``signatories``) and those known not to have signed (``not_signatories``, each
with a reason), every entry a name and optional aliases. A list flagged
``complete: false`` names only some signatories, so a provider on neither list
is unknown rather than "not a signatory". Names are compared on their
organisation keys (no company forms, no punctuation) with rapidfuzz: a provider
is a listed organisation when the two keys are alike as wholes, or when every
word of the listed name is (nearly) a word of the provider's, so that "OpenAI
Ireland Ltd" is OpenAI and "Meta Platforms Ireland Limited" is Meta, but
"Alpha GmbH" is not Aleph Alpha.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz

from trainaudit.catalogue.resolve import organisation_key
from trainaudit.errors import TrainauditError
from trainaudit.resources import data_dir
from trainaudit.rules.context import CheckContext
from trainaudit.rules.model import Rule
from trainaudit.rules.registry import Hit, check_type

#: The field holding the answer to the template's 3.1 signatory question.
SIGNATORY_FIELD = "tdm.code_of_practice_signatory"
#: The lowest score (0-100) at which a provider name is taken to be a listed one.
NAME_CUTOFF = 90.0


class SignatoryListError(TrainauditError):
    """A signatory list that is missing or malformed."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ListedOrganisation:
    """One organisation of a signatory list: its names, and whether (and why not) it signed."""

    name: str
    aliases: tuple[str, ...]
    signed: bool
    reason: str = ""

    @property
    def keys(self) -> tuple[str, ...]:
        """Return the comparison keys of its name and aliases."""
        return tuple(k for k in (organisation_key(n) for n in (self.name, *self.aliases)) if k)


@dataclass(frozen=True, slots=True, kw_only=True)
class SignatoryList:
    """A bundled list of signatories and known non-signatories."""

    name: str
    title: str
    complete: bool
    organisations: tuple[ListedOrganisation, ...]
    official_list: str = ""


def lists_dir() -> Path:
    """Return the folder of the bundled rule data (rules/data)."""
    return data_dir("rules") / "data"


def _entries(data: Mapping[str, Any], key: str, *, signed: bool) -> list[ListedOrganisation]:
    """Read the organisations under ``key`` of a list file."""
    entries = data.get(key) or []
    if not isinstance(entries, list):
        raise SignatoryListError(f"{key} must be a list of organisations")
    found = []
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise SignatoryListError(f"every entry of {key} needs a name: {entry!r}")
        aliases = entry.get("aliases") or []
        found.append(
            ListedOrganisation(
                name=entry["name"],
                aliases=tuple(str(a) for a in aliases),
                signed=signed,
                reason=str(entry.get("reason", "")),
            )
        )
    return found


@cache
def load_signatory_list(name: str) -> SignatoryList:
    """Load ``rules/data/<name>.yaml``; raise SignatoryListError when it is missing or broken."""
    path = lists_dir() / f"{name}.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise SignatoryListError(f"{path}: cannot read the signatory list: {exc}") from exc
    if not isinstance(data, dict):
        raise SignatoryListError(f"{path}: a signatory list must be a mapping")
    try:
        organisations = [
            *_entries(data, "signatories", signed=True),
            *_entries(data, "not_signatories", signed=False),
        ]
    except SignatoryListError as exc:
        raise SignatoryListError(f"{path}: {exc}") from exc
    return SignatoryList(
        name=name,
        title=str(data.get("title", name)),
        complete=data.get("complete") is True,
        organisations=tuple(organisations),
        official_list=str(data.get("official_list", "")),
    )


def name_score(provider_key: str, listed_key: str) -> float:
    """Return how far a provider's organisation key is a listed one (0-100).

    The greater of rapidfuzz's ratio of the two keys and, when every word of
    the listed key has a close word (ratio >= NAME_CUTOFF) in the provider's,
    the lowest of those words' ratios: "openai ireland" is 100 for "openai".
    """
    whole = float(fuzz.ratio(provider_key, listed_key))
    words = provider_key.split()
    closest = [max(float(fuzz.ratio(w, mine)) for mine in words) for w in listed_key.split()]
    contained = min(closest) if closest and words else 0.0
    return max(whole, contained)


def find_organisation(
    provider: str, listed: SignatoryList
) -> tuple[ListedOrganisation, float] | None:
    """Return the listed organisation a provider name is (and the score), or None."""
    mine = organisation_key(provider)
    if not mine:
        return None
    best: tuple[ListedOrganisation, float] | None = None
    for organisation in listed.organisations:
        for key in organisation.keys:
            score = name_score(mine, key)
            if score >= NAME_CUTOFF and (best is None or score > best[1]):
                best = (organisation, score)
    return best


def _hit(context: CheckContext, values: dict[str, Any]) -> Hit:
    """Return a hit on the signatory answer, quoting it."""
    return Hit(field=SIGNATORY_FIELD, values=values, evidence=context.evidence(SIGNATORY_FIELD))


@check_type(
    "signatory_list",
    placeholders=("provider", "answer", "listed_name", "reason", "list_title", "score"),
)
def signatory_list(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag a signatory answer that the list of Code of Practice signatories contradicts."""
    params = rule.params
    provider = context.text("provider.name").strip()
    answer = context.value(SIGNATORY_FIELD)
    if context.state("provider.name").value != "answered" or not provider:
        return
    listed = load_signatory_list(params["list"])
    found = find_organisation(provider, listed)
    values: dict[str, Any] = {
        "provider": provider,
        "answer": answer,
        "list_title": listed.title,
        "listed_name": found[0].name if found else "",
        "score": round(found[1], 1) if found else 0.0,
    }
    if params["mode"] == "claims_not_listed" and answer == "yes":
        if found is not None and not found[0].signed:
            yield _hit(context, {**values, "reason": found[0].reason or "not a signatory"})
        elif found is None and listed.complete:
            yield _hit(context, {**values, "reason": f"it is not on the {listed.title}"})
    elif params["mode"] == "listed_but_says_no" and answer == "no" and found and found[0].signed:
        yield _hit(context, {**values, "reason": f"{found[0].name} is on the {listed.title}"})
