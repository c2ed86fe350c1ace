"""Matching accuracy: precision and recall of catalogue linking on generated noisy queries.

A catalogue of --works works and --queries noisy manifest rows are generated
(corpora/catalogues/generate.py, real titles and artists from ../shared/data/music
as seeds, seed 11: not the calibration seed). Every row's true work is known.
The issue's bounds: precision >= 0.99, recall >= 0.97 on the rows that have a
true match. Also printed: recall and wrong links per noise kind, and what
linking finds between two real, independent sources (Lakh MIDI's clean_midi
names against the Billboard Hot 100), where no ground truth exists: the share
linked, how many links are exact after normalisation, and a sample of the
fuzzy links to read.

    python bench/match_accuracy.py [--works 100000] [--queries 20000] [--sample 25]
"""

from __future__ import annotations

import argparse
import csv
import random
import time
from collections import Counter

import numpy as np

from bench.catalogue_data import SEEDS, accuracy, generator, queries_of, require_seeds, works_of
from trainaudit.catalogue.index import WorkIndex
from trainaudit.catalogue.keys import record_keys
from trainaudit.catalogue.link import link, link_records

SEED = 11


def generated(works: int, queries: int) -> None:
    """Measure precision and recall on a generated catalogue and manifest."""
    gen = generator()
    started = time.perf_counter()
    rows = gen.generate_catalogue(works, SEED, SEEDS)
    manifest = gen.generate_manifest(rows, queries, 0.8, SEED, SEEDS)
    print(
        f"generated {len(rows):,} works, {len(manifest):,} queries in "
        f"{time.perf_counter() - started:.1f} s"
    )
    index = WorkIndex.build(works_of(rows))
    q = queries_of(manifest)
    started = time.perf_counter()
    result = link_records(index, q.titles, q.creators)
    elapsed = time.perf_counter() - started
    predicted = np.full(len(q.titles), -1, dtype=np.int64)
    predicted[result.queries] = result.works
    score = accuracy(predicted, q.truth)
    print(f"linked in {elapsed:.2f} s ({len(q.titles) / elapsed:,.0f} queries/s)")
    print(
        f"precision {score.precision:.4f}  (bound 0.99)   "
        f"{score.links - score.correct} wrong of {score.links} links"
    )
    print(
        f"recall    {score.recall:.4f}  (bound 0.97)   "
        f"{score.correct} of {score.positives} queries with a true match"
    )
    print(f"ambiguous (no link given): {result.ambiguous.size}")
    per_kind(q.noise, q.truth, predicted)


def per_kind(noise: tuple[tuple[str, ...], ...], truth: np.ndarray, predicted: np.ndarray) -> None:
    """Print recall and wrong links for each noise kind."""
    total: Counter[str] = Counter()
    found: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    for kinds, t, p in zip(noise, truth.tolist(), predicted.tolist(), strict=True):
        for kind in kinds or ("none",):
            total[kind] += 1
            found[kind] += t >= 0 and p == t
            wrong[kind] += p >= 0 and p != t
    print(f"{'noise kind':<22}{'rows':>7}{'recall':>9}{'wrong':>7}")
    for kind in sorted(total):
        positives = sum(
            1
            for kinds, t in zip(noise, truth.tolist(), strict=True)
            if t >= 0 and kind in (kinds or ("none",))
        )
        recall = found[kind] / positives if positives else float("nan")
        print(f"{kind:<22}{total[kind]:>7}{recall:>9.3f}{wrong[kind]:>7}")


def real_pairs(sample: int) -> None:
    """Link Lakh MIDI's clean_midi names against the Billboard Hot 100 and report what is found."""
    billboard = list(csv.DictReader((SEEDS / "billboard_hot100_unique_songs.csv").open()))
    lakh = [
        line.rstrip("\n").split("\t") for line in (SEEDS / "clean_midi.txt").open(encoding="utf-8")
    ]
    lakh = [p for p in lakh if len(p) >= 3]
    index = WorkIndex.build(works_of(_Rows(billboard)))
    titles = tuple(p[2] for p in lakh)
    creators = tuple((p[1],) for p in lakh)
    keys = record_keys(titles, creators)
    result = link(index, keys)
    exact = sum(
        keys.titles[int(q)] == index.keys.titles[int(w)]
        and keys.creators[int(q)] == index.keys.creators[int(w)]
        for q, w in zip(result.queries, result.works, strict=True)
    )
    print(
        f"\nreal cross-source: {len(lakh):,} Lakh clean_midi names against "
        f"{len(billboard):,} Billboard Hot 100 songs"
    )
    print(
        f"linked {len(result):,} ({len(result) / len(lakh):.1%}); {exact:,} identical after "
        f"normalisation, {len(result) - exact:,} fuzzy; {result.ambiguous.size} ambiguous"
    )
    fuzzy = [
        (int(q), int(w), float(s))
        for q, w, s in zip(result.queries, result.works, result.score, strict=True)
        if not (
            keys.titles[int(q)] == index.keys.titles[int(w)]
            and keys.creators[int(q)] == index.keys.creators[int(w)]
        )
    ]
    rng = random.Random(SEED)
    print(f"a sample of {min(sample, len(fuzzy))} fuzzy links (Lakh -> Billboard, score):")
    for q, w, s in rng.sample(fuzzy, min(sample, len(fuzzy))):
        print(
            f"  {lakh[q][2]!r} / {lakh[q][1]!r} -> "
            f"{billboard[w]['song']!r} / {billboard[w]['artist']!r}  {s:.0f}"
        )


class _Rows:
    """Billboard rows in the shape works_of expects."""

    def __init__(self, rows: list[dict[str, str]]) -> None:
        self.ids = [f"BB{i}" for i in range(len(rows))]
        self.titles = [r["song"] for r in rows]
        self.creators = [(r["artist"],) for r in rows]
        self.isrcs = [""] * len(rows)
        self.years = [None] * len(rows)


def main() -> None:
    """Run both measurements."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--works", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=20_000)
    parser.add_argument("--sample", type=int, default=25)
    args = parser.parse_args()
    require_seeds()
    generated(args.works, args.queries)
    real_pairs(args.sample)


if __name__ == "__main__":
    main()
