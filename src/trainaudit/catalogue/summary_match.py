"""Everything a summary names that resolves to the catalogue, with evidence.

Two sources feed it: the template fields whose values are lists of things
(``crawling.top_domains``, ``public_datasets.large``, ``private_datasets.listed``,
``provider.name``) and the mentions spaCy finds in every field's text (quoted
works, identifiers, datasets, domains and URLs, organisations). A dataset of
the catalogue that has a manifest resolves through to the works it contains.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from trainaudit.catalogue.link import link_records
from trainaudit.catalogue.load import load_manifest
from trainaudit.catalogue.model import Dataset
from trainaudit.catalogue.open import OpenCatalogue
from trainaudit.catalogue.resolve import (
    Match,
    MatchKind,
    Where,
    match_dataset,
    match_domain,
    match_identifier,
    match_organisation,
    match_work,
)
from trainaudit.detect.mentions import LocatedMention, mentions_in_summary
from trainaudit.models import FieldValue, Summary

#: Works listed per dataset in the output; the count is always complete.
LISTED_WORKS = 50


@dataclass(frozen=True, slots=True, kw_only=True)
class DatasetWorks:
    """The catalogue works a matched dataset's manifest contains."""

    dataset: str
    manifest: str
    manifest_rows: int
    work_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class SummaryMatches:
    """The catalogue matches of one summary."""

    document: str
    matches: tuple[Match, ...]
    datasets: tuple[DatasetWorks, ...] = ()


def _where(fv: FieldValue, text: str) -> Where:
    """Return where a field's value item was read: the evidence that quotes it, else the first."""
    for evidence in fv.evidence:
        if text and text.lower() in evidence.quote.lower():
            return Where(field=fv.id, page=evidence.page, quote=evidence.quote)
    first = fv.evidence[0] if fv.evidence else None
    return Where(
        field=fv.id, page=first.page if first else None, quote=first.quote if first else ""
    )


def _field_matches(
    summary: Summary, opened: OpenCatalogue
) -> Iterator[tuple[Match, Dataset | None]]:
    """Match the list-valued template fields: domains, datasets, provider."""
    catalogue = opened.catalogue
    domains = summary.fields.get("crawling.top_domains")
    if domains is not None and isinstance(domains.value, list):
        for domain in domains.value:
            if isinstance(domain, str) and (
                m := match_domain(domain, catalogue, _where(domains, domain))
            ):
                yield m, None
    for field_id in ("public_datasets.large", "private_datasets.listed"):
        fv = summary.fields.get(field_id)
        if fv is None or not isinstance(fv.value, list):
            continue
        for entry in fv.value:
            name, url = _dataset_entry(entry)
            found = match_dataset(name, url, catalogue, _where(fv, name or url or ""))
            if found is not None:
                yield found
    provider = summary.fields.get("provider.name")
    provider_name = provider.value if provider is not None else None
    if provider is not None and isinstance(provider_name, str) and provider_name:
        found_org = match_organisation(provider_name, catalogue, _where(provider, provider_name))
        if found_org is not None:
            yield found_org, None


def _dataset_entry(entry: object) -> tuple[str, str | None]:
    """Return (name, url) of a dataset entry of the extract output."""
    if isinstance(entry, dict):
        name = entry.get("name")
        url = entry.get("url")
        return (name if isinstance(name, str) else ""), (url if isinstance(url, str) else None)
    return (entry if isinstance(entry, str) else ""), None


def _mention_match(
    located: LocatedMention, opened: OpenCatalogue
) -> tuple[Match, Dataset | None] | None:
    """Resolve one detected mention, by its label."""
    mention = located.mention
    where = Where(field=located.field, page=located.page, quote=located.quote)
    catalogue, index = opened.catalogue, opened.index
    label = mention.label
    if label == "WORK":
        title = mention.attr("title") or mention.normalised
        found = match_work(index, title, mention.attr("creator"), where, mention=mention.text)
        return (found, None) if found else None
    if label == "IDENTIFIER":
        kind = mention.attr("kind")
        found = match_identifier(index, kind, mention.normalised, where) if kind else None
        return (found, None) if found else None
    if label in {"DOMAIN", "URL"}:
        text = mention.attr("url") or mention.attr("host") or mention.text
        found = match_domain(text, catalogue, where)
        if found is None and label == "URL":
            return match_dataset("", mention.attr("url") or mention.text, catalogue, where)
        return (found, None) if found else None
    if label == "DATASET":
        return match_dataset(mention.normalised or mention.text, None, catalogue, where)
    if label == "ORG":
        found = match_organisation(mention.text, catalogue, where)
        return (found, None) if found else None
    return None


def _unique(found: Iterable[tuple[Match, Dataset | None]]) -> tuple[list[Match], list[Dataset]]:
    """Drop repeats: one match per kind, target, field and page; datasets once each."""
    seen: set[tuple[MatchKind, str, str | None, int | None]] = set()
    matches: list[Match] = []
    datasets: dict[str, Dataset] = {}
    for match, dataset in found:
        key = (match.kind, match.target, match.where.field, match.where.page)
        if key in seen:
            continue
        seen.add(key)
        matches.append(match)
        if dataset is not None:
            datasets.setdefault(dataset.name, dataset)
    matches.sort(key=lambda m: (m.where.page or 0, m.where.field or "", m.kind, m.target))
    return matches, list(datasets.values())


ManifestLinker = Callable[[Dataset], DatasetWorks | None]


def manifest_linker(opened: OpenCatalogue) -> ManifestLinker:
    """Return a function that links a dataset's manifest against the works, once per dataset."""
    cache: dict[str, DatasetWorks | None] = {}

    def works_in(dataset: Dataset) -> DatasetWorks | None:
        if dataset.manifest is None:
            return None
        if dataset.name not in cache:
            ref = dataset.manifest
            manifest = load_manifest(ref.path, columns=dict(ref.columns), skip_bad_rows=True)
            result = link_records(
                opened.index, manifest.titles, manifest.creators, manifest.identifiers
            )
            ids = tuple(dict.fromkeys(opened.index.ids[int(w)] for w in result.works))
            cache[dataset.name] = DatasetWorks(
                dataset=dataset.name,
                manifest=str(ref.path),
                manifest_rows=len(manifest),
                work_ids=ids,
            )
        return cache[dataset.name]

    return works_in


def match_summary(
    summary: Summary,
    opened: OpenCatalogue,
    *,
    model: str | None = None,
    manifests: ManifestLinker | None = None,
) -> SummaryMatches:
    """Return every catalogue match of a summary, and the works its matched datasets contain."""
    from trainaudit.detect.pipeline import build_pipeline  # spaCy loads only when needed

    nlp = build_pipeline(model=model, extra_orgs=opened.catalogue.holder.names)
    found = list(_field_matches(summary, opened))
    for located in mentions_in_summary(summary, nlp):
        resolved = _mention_match(located, opened)
        if resolved is not None:
            found.append(resolved)
    matches, datasets = _unique(found)
    linker = manifests or manifest_linker(opened)
    contained = tuple(w for d in datasets if (w := linker(d)) is not None)
    return SummaryMatches(document=summary.source.path, matches=tuple(matches), datasets=contained)
