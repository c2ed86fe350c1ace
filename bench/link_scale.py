r"""Linking at scale: a 1 000 000-row manifest against a 1 000 000-work catalogue.

Generates both (corpora/catalogues/generate.py, seed 5, half the manifest rows
are catalogue works with noise), then runs the real command twice as a child
process, first with an empty index cache (cold) and then with the index cached
(warm):

    trainaudit link manifest.csv --catalogue catalogue.yaml \\
        --manifest-columns title=track,creator=artist --format csv -o links.csv

and prints wall time and peak memory of each run (bounds: 120 s, 4 GiB). Then,
on a random sample of --sample manifest rows, it compares the command's links
with brute force: rapidfuzz.process.cdist of every sampled row against every
work with the same scorers and the same cutoff, followed by the same decision.
It prints the agreement (bound: 99.5%) and the speed-up of the blocked search
over brute force on that sample, both timed here side by side (expected: 100x).

    python bench/link_scale.py [--works 1000000] [--rows 1000000] [--sample 5000]
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from bench.catalogue_data import SEEDS, generator, require_seeds
from trainaudit.catalogue.index import WorkIndex
from trainaudit.catalogue.keys import PreparedRecords, objects
from trainaudit.catalogue.link import LinkResult, decide, link_records
from trainaudit.catalogue.load import load_catalogue, load_manifest
from trainaudit.catalogue.score import (
    TITLE_CUTOFF,
    PairScores,
    combined_scores,
    creator_scores,
)

SEED = 5
BRUTE_CHUNK = 250


def _pss_kib(pid: int) -> int:
    """Return a process's proportional set size in KiB (shared pages split among sharers)."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _tree_pss_kib(root: int) -> int:
    """Return the summed PSS of a process and its children (worker processes)."""
    total = _pss_kib(root)
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == root:
            total += _pss_kib(int(stat.parent.name))
    return total


def run_command(args: Sequence[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Run a command as a child; return wall seconds, its peak RSS and its tree's peak in MiB.

    The tree figure samples the proportional set size of the command and its
    worker processes every 0.2 s and sums them: the memory the whole run holds.
    """
    started = time.perf_counter()
    peak_tree = 0
    with tempfile.TemporaryFile() as err:
        child = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=err)
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            peak_tree = max(peak_tree, _tree_pss_kib(child.pid))
            time.sleep(0.2)
        child.returncode = os.waitstatus_to_exitcode(status)
        elapsed = time.perf_counter() - started
        err.seek(0)
        message = err.read().decode("utf-8", "replace")
    if child.returncode != 0:
        sys.exit(f"command failed ({child.returncode}): {' '.join(args)}\n{message}")
    # wait4's usage: the command and the workers it reaped, largest single process
    return elapsed, usage.ru_maxrss / 1024, peak_tree / 1024


def brute_force(index: WorkIndex) -> object:
    """Return a linker comparing every query with every work (cdist), deciding the same way."""
    titles, sorted_titles = list(index.keys.titles), list(index.keys.sorted_titles)

    def linker(prepared: PreparedRecords, _identifiers: object, _progress: object) -> LinkResult:
        keys = prepared.keys
        queries: list[npt.NDArray[np.int64]] = []
        works: list[npt.NDArray[np.int64]] = []
        scores: list[npt.NDArray[np.int16]] = []
        for start in range(0, len(keys), BRUTE_CHUNK):
            stop = min(start + BRUTE_CHUNK, len(keys))
            plain = process.cdist(
                keys.titles[start:stop],
                titles,
                scorer=fuzz.ratio,
                score_cutoff=TITLE_CUTOFF,
                workers=-1,
                dtype=np.uint8,
            )
            ordered = process.cdist(
                keys.sorted_titles[start:stop],
                sorted_titles,
                scorer=fuzz.ratio,
                score_cutoff=TITLE_CUTOFF,
                workers=-1,
                dtype=np.uint8,
            )
            best = np.maximum(plain, ordered)
            q, w = np.nonzero(best >= TITLE_CUTOFF)
            queries.append(q.astype(np.int64) + start)
            works.append(w.astype(np.int64))
            scores.append(best[q, w].astype(np.int16))
        q_all = np.concatenate(queries) if queries else np.empty(0, np.int64)
        w_all = np.concatenate(works) if works else np.empty(0, np.int64)
        title = np.concatenate(scores) if scores else np.empty(0, np.int16)
        creator = creator_scores(objects(keys.creators)[q_all], index.creators[w_all])
        pairs = PairScores(
            queries=q_all,
            works=w_all,
            title=title,
            creator=creator,
            combined=combined_scores(title, creator),
        )
        decision = decide(pairs, len(keys))
        linked = np.flatnonzero(decision.best >= 0)
        return LinkResult(
            queries=linked,
            works=decision.best[linked],
            title=decision.best_title[linked],
            creator=decision.best_creator[linked],
            score=decision.best_score[linked],
            via_identifier=np.zeros(linked.size, bool),
            runner_up=decision.runner_up[linked],
            runner_up_score=decision.runner_up_score[linked],
            ambiguous=np.flatnonzero(decision.ambiguous),
        )

    return linker


def command_links(path: Path) -> dict[int, int]:
    """Read manifest_row -> catalogue_row from the command's CSV output."""
    with path.open(newline="", encoding="utf-8") as stream:
        return {int(r["manifest_row"]): int(r["catalogue_row"]) for r in csv.DictReader(stream)}


def main() -> None:
    """Generate, run cold and warm, then compare a sample with brute force."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--works", type=int, default=1_000_000)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--sample", type=int, default=5_000)
    parser.add_argument("--keep", type=Path, help="write the generated files here and keep them")
    args = parser.parse_args()
    require_seeds()
    with tempfile.TemporaryDirectory(prefix="link-scale-") as scratch:
        folder = args.keep or Path(scratch)
        gen = generator()
        started = time.perf_counter()
        catalogue_rows, manifest_rows = gen.generate_large(args.works, args.rows, 0.5, SEED, SEEDS)
        gen.write_large(folder, catalogue_rows, manifest_rows, SEED)
        print(
            f"generated {args.works:,} works and {args.rows:,} manifest rows in "
            f"{time.perf_counter() - started:.0f} s"
        )
        del catalogue_rows, manifest_rows
        env = {**os.environ, "TRAINAUDIT_CACHE_DIR": str(Path(scratch) / "cache")}
        out = folder / "links.csv"
        command = [
            sys.executable,
            "-m",
            "trainaudit",
            "link",
            str(folder / "manifest.csv"),
            "--catalogue",
            str(folder / "catalogue.yaml"),
            "--manifest-columns",
            "title=track,creator=artist",
            "--format",
            "csv",
            "-o",
            str(out),
        ]
        for label in ("cold (builds and caches the index)", "warm (index from the cache)"):
            seconds, peak, tree = run_command(command, env)
            print(
                f"link {label}: {seconds:.1f} s (bound 120 s); peak RSS {peak:,.0f} MiB, "
                f"with its worker processes (PSS, summed) {tree:,.0f} MiB (bound 4096 MiB)"
            )
        links = command_links(out)
        print(f"links written: {len(links):,}")
        compare_sample(folder, links, args.sample)


def compare_sample(folder: Path, links: dict[int, int], size: int) -> None:
    """Compare the command's links on a random sample with brute force, and time both."""
    catalogue = load_catalogue(folder / "catalogue.yaml").catalogue
    index = WorkIndex.build(catalogue.works)
    manifest = load_manifest(
        folder / "manifest.csv", columns={"title": "track", "creators": "artist"}
    )
    rng = np.random.default_rng(SEED)
    sample = np.sort(rng.choice(len(manifest), size=min(size, len(manifest)), replace=False))
    titles = [manifest.titles[i] for i in sample]
    creators = [manifest.creators[i] for i in sample]
    started = time.perf_counter()
    blocked = link_records(index, titles, creators)
    blocked_seconds = time.perf_counter() - started
    started = time.perf_counter()
    brute = link_records(index, titles, creators, linker=brute_force(index))  # type: ignore[arg-type]
    brute_seconds = time.perf_counter() - started
    ours = _rows(blocked, len(sample))
    theirs = _rows(brute, len(sample))
    from_command = np.array([links.get(manifest.rows[i], -1) for i in sample])
    agree = float((ours == theirs).mean())
    print(
        f"sample of {len(sample):,} rows: agreement with brute-force cdist "
        f"{agree:.2%} (bound 99.5%); the command's own output agrees with the in-process "
        f"blocked search on {float((from_command == ours).mean()):.2%}"
    )
    print(
        f"blocked search {blocked_seconds:.2f} s, brute force {brute_seconds:.1f} s: "
        f"speed-up {brute_seconds / blocked_seconds:,.0f}x (expected >= 100x)"
    )
    for i in np.flatnonzero(ours != theirs)[:10]:
        print(
            f"  differs: {titles[i]!r} / {creators[i]!r}: blocked {_show(catalogue, ours[i])}"
            f", brute force {_show(catalogue, theirs[i])}"
        )


def _rows(result: LinkResult, count: int) -> npt.NDArray[np.int64]:
    """Return the linked work row per query (-1: none)."""
    rows = np.full(count, -1, dtype=np.int64)
    rows[result.queries] = result.works
    return rows


def _show(catalogue: object, row: int) -> str:
    """Describe a work row for the differences list."""
    if row < 0:
        return "none"
    works = catalogue.works  # type: ignore[attr-defined]
    return f"{works.titles[row]!r} / {works.creators[row]!r}"


if __name__ == "__main__":
    main()
