"""Shared fixtures. Tests never touch ./data or the network beyond loopback."""

from __future__ import annotations

import os

import pytest

from rathaus.settings import Settings


def pytest_configure(config):
    os.environ.setdefault("RATHAUS_DEMO", "false")


@pytest.fixture
def settings(tmp_path, monkeypatch) -> Settings:
    """Settings on a fresh data dir with the fast hashing embedder."""
    monkeypatch.setenv("RATHAUS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("RATHAUS_EMBEDDER", "hashing")
    monkeypatch.setenv("RATHAUS_DEMO", "false")
    return Settings()


@pytest.fixture
def runtime(settings):
    from rathaus.runtime import Runtime

    rt = Runtime(settings)
    yield rt
    rt.close()
