"""Shared test configuration: hypothesis profiles and paths to the real documents."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# CI machines are small and noisy (2 cores): no per-example deadline, more examples
# locally on request with HYPOTHESIS_PROFILE=thorough.
settings.register_profile(
    "default", deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "thorough", deadline=None, max_examples=2000, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
CORPUS = SHARED / "corpus"
BUNDLED = ROOT / "examples" / "data"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The real seed documents beside the checkout (CI puts ../shared there)."""
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    return SEEDS


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The annotated development corpus beside the checkout."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside this checkout")
    return CORPUS
