"""Calibrate the match thresholds of catalogue/score.py on a generated set (seed 7).

Generates a catalogue and noisy queries with a seed the accuracy bench does not
use, links them under every combination of thresholds in a small grid, and
prints, best first, the combinations whose precision reaches --precision,
ordered by recall. The chosen values are written into ``score.THRESHOLDS`` by
hand, with this bench named there.

    python bench/calibrate_matching.py [--works 100000] [--queries 20000]
"""

from __future__ import annotations

import argparse
import itertools

import numpy as np

from bench.catalogue_data import SEEDS, accuracy, generator, queries_of, require_seeds, works_of
from trainaudit.catalogue.index import WorkIndex
from trainaudit.catalogue.link import link, link_records
from trainaudit.catalogue.score import THRESHOLDS, Thresholds

SEED = 7
GRID = {
    "creator_min": (50, 60, 70, 80),
    "combined_min": (85, 88, 91),
    "title_alone_min": (90, 92, 94, 96, 98),
    "ambiguity_margin": (0, 3, 6),
}


def main() -> None:
    """Run the grid and print the best combinations."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--works", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=20_000)
    parser.add_argument("--precision", type=float, default=0.999)
    args = parser.parse_args()
    require_seeds()
    gen = generator()
    rows = gen.generate_catalogue(args.works, SEED, SEEDS)
    q = queries_of(gen.generate_manifest(rows, args.queries, 0.8, SEED, SEEDS))
    index = WorkIndex.build(works_of(rows))
    results = []
    for values in itertools.product(*GRID.values()):
        thresholds = Thresholds(**dict(zip(GRID, values, strict=True)))

        def linker(keys, identifiers, progress, t=thresholds):  # type: ignore[no-untyped-def]
            return link(index, keys, identifiers, progress=progress, thresholds=t)

        result = link_records(index, q.titles, q.creators, linker=linker)
        predicted = np.full(len(q.titles), -1, dtype=np.int64)
        predicted[result.queries] = result.works
        results.append((accuracy(predicted, q.truth), thresholds))
    good = sorted(
        (r for r in results if r[0].precision >= args.precision),
        key=lambda r: (-r[0].recall, -r[0].precision),
    )
    print(f"{len(good)} of {len(results)} combinations reach precision {args.precision}")
    for score, thresholds in good[:10]:
        marker = "  <- in use" if thresholds == THRESHOLDS else ""
        print(f"P {score.precision:.4f}  R {score.recall:.4f}  {thresholds}{marker}")
    current = next(r for r in results if r[1] == THRESHOLDS)
    print(f"in use: P {current[0].precision:.4f}  R {current[0].recall:.4f}  {THRESHOLDS}")


if __name__ == "__main__":
    main()
