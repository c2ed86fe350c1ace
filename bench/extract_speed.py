"""Extraction speed: pages per second of trainaudit against plain pdfplumber `extract_text()`.

Both run on the same PDFs in the same process, alternating, best of N rounds each, so the
ratio is measured side by side. The issue's bound: the extractor costs at most 2.5 times
the baseline.

    python bench/extract_speed.py ../shared/real-summaries/dev corpora/summaries
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from pathlib import Path

import pdfplumber

from trainaudit.errors import InputError
from trainaudit.summary import read_summary


def baseline(pdf: Path) -> int:
    """Run plain pdfplumber text extraction over every page; return the page count."""
    with pdfplumber.open(pdf) as document:
        for page in document.pages:
            page.extract_text()
            page.close()
        return len(document.pages)


def extractor(pdf: Path) -> None:
    """Run the full trainaudit extraction (read, segment, fields)."""
    # Unreadable documents still cost their parse; they count like the baseline's.
    with contextlib.suppress(InputError):
        read_summary(pdf)


def timed(func: object, pdfs: list[Path]) -> float:
    """Return the wall time of one pass of func over every PDF."""
    start = time.perf_counter()
    for pdf in pdfs:
        func(pdf)  # type: ignore[operator]
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", type=Path, nargs="+")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    pdfs = sorted(p for folder in args.folders for p in folder.glob("*.pdf"))
    if not pdfs:
        print("no PDFs found", file=sys.stderr)
        return 2
    pages = sum(baseline(pdf) for pdf in pdfs)  # also warms caches and imports
    extractor(pdfs[0])
    base_times, ours_times = [], []
    for _ in range(args.rounds):
        base_times.append(timed(baseline, pdfs))
        ours_times.append(timed(extractor, pdfs))
    base, ours = min(base_times), min(ours_times)
    print(f"{len(pdfs)} PDFs, {pages} pages, best of {args.rounds} rounds")
    print(f"pdfplumber extract_text(): {pages / base:8.1f} pages/s  ({base:.2f} s)")
    print(f"trainaudit extract:        {pages / ours:8.1f} pages/s  ({ours:.2f} s)")
    ratio = ours / base
    print(f"cost ratio (trainaudit / pdfplumber): {ratio:.2f}  (bound: <= 2.50)")
    return 0 if ratio <= 2.5 else 1


if __name__ == "__main__":
    sys.exit(main())
