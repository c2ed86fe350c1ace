"""Resolving names from a summary: domains, datasets, organisations, works with explanations."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.test_catalogue_index import CATALOGUE, make_works
from trainaudit.catalogue.index import WorkIndex
from trainaudit.catalogue.link import split_combined
from trainaudit.catalogue.model import Catalogue, Dataset, Holder
from trainaudit.catalogue.resolve import (
    MatchKind,
    Where,
    domain_owner,
    match_dataset,
    match_domain,
    match_identifier,
    match_organisation,
    match_work,
    name_variants,
    normalise_url,
)

HERE = Where(field="public_datasets.large", page=2, quote="...")
CAT = Catalogue(
    path=Path("c.yaml"),
    holder=Holder(
        name="Nordlicht Musikverlag GmbH",
        aliases=("NLMV",),
        imprints=("Polarkreis Records",),
    ),
    domains=("example-nordlicht.de", "example-news.co.uk"),
    datasets=(
        Dataset(
            name="Free Music Archive", aliases=("FMA",), urls=("https://github.com/mdeff/fma",)
        ),
        Dataset(name="Baltic Song Stems", aliases=("BSS-1M",)),
    ),
)


@pytest.mark.parametrize(
    ("host", "owner"),
    [
        ("example-nordlicht.de", "example-nordlicht.de"),
        ("www.example-nordlicht.de", "example-nordlicht.de"),
        ("shop.example-nordlicht.de", "example-nordlicht.de"),
        ("EXAMPLE-NEWS.CO.UK.", "example-news.co.uk"),
        ("news.co.uk", None),
        ("example-nordlicht.de.evil.com", None),
        ("notexample-nordlicht.de", None),
    ],
)
def test_domain_owner(host: str, owner: str | None) -> None:
    """Hosts resolve to the holder's domain they are, or are under; lookalikes do not."""
    assert domain_owner(host, CAT.domains) == owner


def test_match_domain_from_url() -> None:
    """A URL resolves through its host and says so."""
    found = match_domain("https://blog.example-nordlicht.de/a?b", CAT, HERE)
    assert found is not None
    assert (found.kind, found.target, dict(found.details)["host"]) == (
        MatchKind.DOMAIN,
        "example-nordlicht.de",
        "blog.example-nordlicht.de",
    )


def test_normalise_url() -> None:
    """Scheme, www, query, fragment and trailing slash do not matter."""
    assert normalise_url("HTTPS://www.GitHub.com/mdeff/fma/?x=1#top") == "github.com/mdeff/fma"


def test_dataset_by_url_prefix() -> None:
    """A URL under a dataset's URL resolves to it."""
    found = match_dataset("", "https://github.com/mdeff/fma/tree/master", CAT, HERE)
    assert found is not None and found[0].target == "Free Music Archive"
    assert found[0].scorer == "URL prefix"


def test_dataset_by_name_variant() -> None:
    """A name with a bracketed acronym and a qualifier resolves through its variants."""
    assert name_variants("Free Music Archive (FMA), full release")[1:] == (
        "free music archive full release",
        "free music archive",
        "fma",
    )
    found = match_dataset("Free Music Archive (FMA), full release", None, CAT, HERE)
    assert found is not None
    assert (found[0].target, found[0].score) == ("Free Music Archive", 100.0)


def test_dataset_near_names_do_not_match() -> None:
    """Other datasets with a shared word stay unmatched."""
    assert match_dataset("Free Video Archive", None, CAT, HERE) is None
    assert match_dataset("Common Crawl", None, CAT, HERE) is None


@pytest.mark.parametrize(
    ("name", "target"),
    [
        ("Nordlicht Musikverlag", "Nordlicht Musikverlag GmbH"),
        ("NORDLICHT MUSIKVERLAG GMBH.", "Nordlicht Musikverlag GmbH"),
        ("Polarkreis Records Ltd", "Polarkreis Records"),
        ("NLMV", "NLMV"),
        ("Nordwind Verlag GmbH", None),
        ("Universal Music Group", None),
    ],
)
def test_match_organisation(name: str, target: str | None) -> None:
    """Organisation names match the holder's names without company forms."""
    found = match_organisation(name, CAT, HERE)
    assert (found.target if found else None) == target


def test_match_work_explains_itself() -> None:
    """A work match carries both scores, keys, normalisation steps and runner-ups."""
    index = WorkIndex.build(make_works(CATALOGUE))
    found = match_work(index, "Bohemian Rhapsody (Remastered 2011)", "QUEEN", HERE)
    assert found is not None
    details = dict(found.details)
    assert found.target == "W1"
    assert details["title_key"] == details["work_title_key"] == "bohemian rhapsody"
    assert details["creator_score"] == "100"
    assert any("remaster" in step.lower() for step in found.steps)
    hello = match_work(index, "Hello", "Adele", HERE)
    assert hello is not None
    assert [c.target for c in hello.runner_ups] == ["W5"]


def test_match_identifier() -> None:
    """A known ISRC resolves to its work; an unknown one to nothing."""
    index = WorkIndex.build(make_works(CATALOGUE))
    found = match_identifier(index, "isrc", "GBUM71029604", HERE)
    assert found is not None and found.target == "W1"
    assert match_identifier(index, "isrc", "USRC17607839", HERE) is None


@pytest.mark.parametrize(
    ("field", "parts"),
    [
        ("Queen - Bohemian Rhapsody", ("Queen", "Bohemian Rhapsody")),
        ("AC/DC – Back in Black", ("AC/DC", "Back in Black")),
        ("Bohemian Rhapsody", None),
        ("Jay-Z", None),
    ],
)
def test_split_combined(field: str, parts: tuple[str, str] | None) -> None:
    """'Artist - Title' fields split at a spaced dash only."""
    assert split_combined(field) == parts
