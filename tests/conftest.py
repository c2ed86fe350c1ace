"""Shared fixtures: paths to the repository, its corpora and the optional ../shared data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "corpora" / "summaries"


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared folder; skip the test when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent: real documents and third-party data not available")
    return SHARED


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Point trainaudit's caches at a folder of this test session (not the user's cache)."""
    folder = tmp_path_factory.mktemp("cache")
    patch = pytest.MonkeyPatch()
    patch.setenv("TRAINAUDIT_CACHE_DIR", str(folder))
    yield folder
    patch.undo()
