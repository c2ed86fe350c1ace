"""Corpus runs: first run with 1 and 2 jobs, then the cached re-check of the unchanged corpus.

    python -m bench.corpus [--documents 200] [--keep DIR]

Builds a corpus of N distinct documents from the bundled summaries (corpus and held-out
sets, every format): copy k of a document differs from the others in its bytes (a text
document names "model release k", a PDF carries a trailing comment line, a DOCX a changed
core title), so each one is read, extracted and checked anew. Then runs the real command,
`trainaudit check DIR -c <demo catalogue> -f json -o FILE`, as a child process, three times:

1. first run, `--jobs 1`, empty cache;
2. first run, `--jobs 2`, another empty cache;
3. re-check of the unchanged corpus, `--jobs 2`, with run 2's cache.

It prints the wall times and the two ratios the issue bounds: cached re-check >= 20x faster
than the first run (run 2 / run 3), and 2 jobs >= 1.6x the throughput of 1 job (run 1 / run 2).
The three reports must be identical, or the bench fails.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (ROOT / "corpora" / "summaries", ROOT / "corpora" / "heldout" / "summaries")
CATALOGUE = ROOT / "corpora" / "catalogues" / "demo" / "catalogue.yaml"
SUFFIXES = {".pdf", ".docx", ".html", ".md", ".txt"}


def sources() -> list[Path]:
    """Return the bundled summaries (every format), in a stable order."""
    return sorted(
        p
        for folder in SOURCES
        for p in folder.iterdir()
        if p.suffix in SUFFIXES and not p.name.upper().startswith("README")
    )


def variant(path: Path, k: int) -> bytes:
    """Return copy k of a document: the same summary, different bytes."""
    data = path.read_bytes()
    if k == 0:
        return data
    if path.suffix == ".pdf":
        return data + f"\n% trainaudit bench copy {k}\n".encode()
    if path.suffix == ".docx":
        out = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
            for item in source.infolist():
                content = source.read(item)
                if item.filename == "docProps/core.xml":
                    content = content.replace(b"</cp:coreProperties>", b"") + (
                        f"<!-- copy {k} --></cp:coreProperties>".encode()
                    )
                elif item.filename == "word/document.xml" and b"docProps/core.xml" not in {
                    i.filename.encode() for i in source.infolist()
                }:
                    content += f"<!-- copy {k} -->".encode()
                target.writestr(item, content)
        return out.getvalue()
    text = data.decode("utf-8")
    marker = f"\n\nModel release {k} of this summary.\n"
    if path.suffix == ".html":
        return text.replace("</body>", f"<p>{marker.strip()}</p></body>", 1).encode()
    return (text + marker).encode()


def build_corpus(folder: Path, count: int) -> None:
    """Write ``count`` distinct documents into folder."""
    documents = sources()
    for i in range(count):
        source = documents[i % len(documents)]
        k = i // len(documents)
        (folder / f"{i:03d}_{source.stem}{source.suffix}").write_bytes(variant(source, k))


def check(corpus: Path, cache: Path, jobs: int, out: Path) -> float:
    """Run `trainaudit check` on the corpus as a child process; return its wall time."""
    env = {**os.environ, "TRAINAUDIT_CACHE_DIR": str(cache), "CI": "1"}
    command = [sys.executable, "-m", "trainaudit", "check", str(corpus), "-c", str(CATALOGUE)]
    command += ["-j", str(jobs), "-f", "json", "-o", str(out), "--as-of", "2026-11-25"]
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1, 2) or not out.is_file():
        sys.exit(f"check failed ({done.returncode}): {done.stderr[-2000:]}")
    print(f"    {done.stderr.strip().splitlines()[-1]}")
    return elapsed


def comparable(report: Path) -> dict[str, object]:
    """Return a report without what may differ between runs of the same corpus."""
    data: dict[str, object] = json.loads(report.read_text(encoding="utf-8"))
    return data


def main(argv: list[str] | None = None) -> int:
    """Build the corpus, run the three checks, print times and ratios; 1 if a bound fails."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--keep", type=Path, help="Build the corpus here and keep it.")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="trainaudit-bench-") as scratch:
        work = Path(scratch)
        corpus = args.keep or work / "corpus"
        corpus.mkdir(parents=True, exist_ok=True)
        build_corpus(corpus, args.documents)
        print(f"corpus: {args.documents} documents from {len(sources())} bundled summaries")
        print("run 1: first run, 1 job")
        one = check(corpus, work / "cache1", 1, work / "r1.json")
        print("run 2: first run, 2 jobs")
        two = check(corpus, work / "cache2", 2, work / "r2.json")
        print("run 3: re-check of the unchanged corpus, 2 jobs, run 2's cache")
        cached = check(corpus, work / "cache2", 2, work / "r3.json")
        same = (
            comparable(work / "r1.json")
            == comparable(work / "r2.json")
            == comparable(work / "r3.json")
        )
    speedup, scaling = two / cached, one / two
    print(f"\n{'run':<40}{'wall s':>10}")
    for name, seconds in (("first, 1 job", one), ("first, 2 jobs", two), ("cached", cached)):
        print(f"{name:<40}{seconds:>10.2f}")
    print(f"\ncached re-check vs first run (2 jobs): {speedup:.1f}x (bound >= 20x)")
    print(f"2 jobs vs 1 job, first run:            {scaling:.2f}x (bound >= 1.6x)")
    print(f"reports identical across the runs:      {same}")
    ok = speedup >= 20 and scaling >= 1.6 and same
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
