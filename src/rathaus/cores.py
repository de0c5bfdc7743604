"""How many CPU cores this process may use: its affinity where the system
tells it (a container or `taskset` often allows fewer than the machine has)."""

from __future__ import annotations

import os


def usable_cores() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1
