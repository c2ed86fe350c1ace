"""Check a list of documents, from the cache where possible, in parallel processes otherwise.

The parent process owns every file write (cache entries, the report): workers
only read documents and return results, so an interrupted run cannot leave a
half-written file behind. Workers are forked after the checker is loaded, so
they share its rules, catalogue index and pipelines instead of loading them again.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from trainaudit.checkrun.checker import Checker, Unreadable
from trainaudit.checkrun.result_cache import ResultCache, document_key
from trainaudit.report.model import DocumentResult

#: Called after each document with (done, total, cached).
ProgressCallback = Callable[[int, int, bool], None]

#: The checker a forked worker inherits (set by the parent just before forking).
_WORKER_CHECKER: Checker | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class RunResult:
    """The outcome of checking documents: results in the given order, and the counts."""

    documents: tuple[DocumentResult, ...]
    errors: tuple[str, ...]
    cached: int
    checked: int


def _ignore_interrupts() -> None:
    """Let the parent handle Ctrl-C: a worker is stopped by it, it does not stop itself."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _check_in_worker(path: Path) -> DocumentResult | Unreadable:
    """Check one document in a worker process with the inherited checker."""
    assert _WORKER_CHECKER is not None, "worker started without a checker"
    return _WORKER_CHECKER.check(path)


def _read(path: Path) -> bytes | None:
    """Return a document's bytes, or None when it cannot be read (the checker will say why)."""
    try:
        return path.read_bytes()
    except OSError:
        return None


def _stop(executor: ProcessPoolExecutor) -> None:
    """Cancel what is queued and end the workers now (used on interruption)."""
    # ProcessPoolExecutor has no public way to end busy workers before Python 3.14.
    processes = list((getattr(executor, "_processes", None) or {}).values())
    for process in processes:
        process.terminate()
    # Wait for the pool's own thread to see the ended workers; returning earlier leaves it
    # to an exit hook that can fail on closed pipes and print a traceback.
    executor.shutdown(wait=True, cancel_futures=True)


def run_checks(
    checker: Checker,
    paths: Sequence[Path],
    *,
    jobs: int = 1,
    cache: ResultCache | None = None,
    progress: ProgressCallback | None = None,
) -> RunResult:
    """Check every document; results follow the order of ``paths``."""
    global _WORKER_CHECKER
    checker_key = checker.key() if cache is not None else ""
    results: dict[int, DocumentResult | Unreadable] = {}
    keys: dict[int, str] = {}
    todo: list[int] = []
    done = 0

    def record(i: int, result: DocumentResult | Unreadable, cached: bool) -> None:
        nonlocal done
        results[i] = result
        if cache is not None and not cached and i in keys:
            cache.put(keys[i], paths[i], result)
        done += 1
        if progress is not None:
            progress(done, len(paths), cached)

    for i, path in enumerate(paths):
        content = _read(path) if cache is not None else None
        if cache is not None and content is not None:
            keys[i] = document_key(content, checker_key)
            hit = cache.get(keys[i], path)
            if hit is not None:
                record(i, hit, True)
                continue
        todo.append(i)

    workers = max(1, min(jobs, len(todo)))
    if workers == 1 or "fork" not in multiprocessing.get_all_start_methods():
        for i in todo:
            record(i, checker.check(paths[i]), False)
    else:
        _WORKER_CHECKER = checker
        context = multiprocessing.get_context("fork")
        executor = ProcessPoolExecutor(workers, mp_context=context, initializer=_ignore_interrupts)
        try:
            pending: dict[Future[DocumentResult | Unreadable], int] = {
                executor.submit(_check_in_worker, paths[i]): i for i in todo
            }
            while pending:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    record(pending.pop(future), future.result(), False)
        except BaseException:
            _stop(executor)
            raise
        else:
            executor.shutdown()
        finally:
            _WORKER_CHECKER = None

    documents = tuple(r for i in range(len(paths)) if isinstance(r := results[i], DocumentResult))
    errors = tuple(r.message for i in range(len(paths)) if isinstance(r := results[i], Unreadable))
    cached = sum(1 for d in documents if d.cached) + sum(
        1 for i in range(len(paths)) if isinstance(results[i], Unreadable) and i not in todo
    )
    return RunResult(documents=documents, errors=errors, cached=cached, checked=len(todo))


def default_jobs() -> int:
    """Return the number of worker processes to use by default: the usable cores."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)
