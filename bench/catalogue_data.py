"""Generated catalogues and manifests for the matching benches (corpora/catalogues/generate.py)."""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import numpy as np
import numpy.typing as npt

from trainaudit.catalogue.model import Works

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "data" / "music"


def generator() -> ModuleType:
    """Import corpora/catalogues/generate.py (not a package) by path."""
    path = ROOT / "corpora" / "catalogues" / "generate.py"
    spec = importlib.util.spec_from_file_location("catalogue_generate", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def require_seeds(seeds: Path = SEEDS) -> None:
    """Exit with a one-line message when the real seed titles are not beside the checkout."""
    if not seeds.is_dir():
        sys.exit(f"skipped: seed data {seeds} not found (the benches need ../shared/data/music)")


def works_of(rows: object) -> Works:
    """Return the generator's CatalogueRows as a Works table."""
    ids: list[str] = rows.ids  # type: ignore[attr-defined]
    n = len(ids)
    identifiers = tuple(
        (("isrc", isrc),) if isrc else ()
        for isrc in rows.isrcs  # type: ignore[attr-defined]
    )
    return Works(
        ids=tuple(ids),
        titles=tuple(rows.titles),  # type: ignore[attr-defined]
        creators=tuple(tuple(c) for c in rows.creators),  # type: ignore[attr-defined]
        identifiers=identifiers,
        aliases=((),) * n,
        years=tuple(rows.years),  # type: ignore[attr-defined]
        sources=("generated",) * n,
        source_rows=tuple(range(n)),
    )


@dataclass(frozen=True, slots=True)
class Queries:
    """A generated manifest as queries, with the true catalogue row of each (-1: none)."""

    titles: tuple[str, ...]
    creators: tuple[tuple[str, ...], ...]
    truth: npt.NDArray[np.int64]
    noise: tuple[tuple[str, ...], ...]


def queries_of(rows: object) -> Queries:
    """Return the generator's ManifestRows as queries with their ground truth."""
    return Queries(
        titles=tuple(rows.tracks),  # type: ignore[attr-defined]
        creators=tuple((a,) if a else () for a in rows.artists),  # type: ignore[attr-defined]
        truth=np.array(
            [-1 if r is None else r for r in rows.catalogue_rows],  # type: ignore[attr-defined]
            dtype=np.int64,
        ),
        noise=tuple(rows.noise),  # type: ignore[attr-defined]
    )


@dataclass(frozen=True, slots=True)
class Accuracy:
    """Precision and recall of predicted links against the truth."""

    links: int
    correct: int
    positives: int

    @property
    def precision(self) -> float:
        """Return correct links over all links."""
        return self.correct / self.links if self.links else 1.0

    @property
    def recall(self) -> float:
        """Return correct links over the queries that have a true match."""
        return self.correct / self.positives if self.positives else 1.0


def accuracy(predicted: npt.NDArray[np.int64], truth: npt.NDArray[np.int64]) -> Accuracy:
    """Score predicted rows (-1: no link) against true rows (-1: none)."""
    linked = predicted >= 0
    return Accuracy(
        links=int(linked.sum()),
        correct=int((linked & (predicted == truth)).sum()),
        positives=int((truth >= 0).sum()),
    )
