"""What a test needs from the machine (a service, a browser, the shared eval data):
missing locally, the test is skipped; missing in CI (CI=true), it fails — CI must
exercise the real thing, never skip it."""

from __future__ import annotations

import os

import pytest


def require(condition: bool, reason: str) -> None:
    if condition:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI must have it: see .ci/run)")
    pytest.skip(reason)
