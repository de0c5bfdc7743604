"""Shared helpers for the latency benches that start servers as subprocesses.

bench/chat_latency.py and bench/handoff_latency.py both start rathaus (and
other servers) as their own processes on free loopback ports, in a temp
folder, wait until they answer, read their CPU time from /proc, and must stop
them however the bench ends (Ctrl-C, an error, SIGTERM from a CI timeout, even
SIGKILL). This module holds that machinery once (`bench_session` around a
bench's main part), plus the percentile and machine description both reports
use.

The benches run as scripts (`python bench/xyz.py`), so `bench/` is on sys.path
and they import this file as `_processes`; the leading underscore marks it as
a helper, not a bench to run.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx


def _die_with_parent() -> None:
    """In the child, before exec: get SIGTERM when the bench dies, even by SIGKILL (Linux)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def free_port() -> int:
    # The OS picks a free port; it is released again here and the server binds
    # it a moment later — a small race, acceptable for a bench on loopback.
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Proc:
    name: str
    popen: subprocess.Popen
    log: Path
    url: str

    def tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


class Processes:
    """Starts subprocesses and always stops them (Ctrl-C, errors, SIGTERM)."""

    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.procs: list[Proc] = []

    def start(self, name: str, args: list[str], port: int, env: dict[str, str] | None = None) -> Proc:
        log = self.workdir / f"{name}.log"
        with open(log, "wb") as out:
            popen = subprocess.Popen(
                args, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                env=child_env(env),
                start_new_session=True,  # a terminal's Ctrl-C reaches only the bench, which stops them
                preexec_fn=_die_with_parent if sys.platform == "linux" else None,
            )
        proc = Proc(name, popen, log, f"http://127.0.0.1:{port}")
        self.procs.append(proc)
        return proc

    def stop(self) -> None:
        # Terminate all first, then wait with one shared deadline, so that
        # stopping several servers takes at most ~10 s in all, not 10 s each.
        for proc in reversed(self.procs):
            if proc.popen.poll() is None:
                proc.popen.terminate()
        deadline = time.monotonic() + 10
        for proc in reversed(self.procs):
            try:
                proc.popen.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                proc.popen.kill()
                proc.popen.wait()
        self.procs.clear()


def child_env(extra: dict[str, str] | None) -> dict[str, str]:
    """The caller's environment without its RATHAUS_* settings (e.g. a
    RATHAUS_DATABASE_URL would point the servers elsewhere), plus `extra`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("RATHAUS_")}
    return {**env, **(extra or {})}


def wait_ready(proc: Proc, path: str, timeout: float, ok=lambda status: status == 200) -> None:
    """Poll `path` until `ok(status)`; fail early, with the log's tail, if the process exits.

    `ok` defaults to HTTP 200; pass `lambda status: True` where any answer
    (i.e. the server listens) is enough."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.popen.poll() is not None:
            raise SystemExit(f"{proc.name} exited with {proc.popen.returncode}:\n{proc.tail()}")
        try:
            if ok(httpx.get(proc.url + path, timeout=2).status_code):
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"{proc.name} not ready after {timeout:.0f} s:\n{proc.tail()}")


def start_rathaus(processes: Processes, name: str, env: dict[str, str], app: str, workers: int = 1) -> Proc:
    """rathaus (`app`, a uvicorn factory) on a free port: `workers` processes
    (several need the start-up work done before, see rathaus.app.prepare), no
    access log, a large backlog so that hundreds of concurrent clients are not refused."""
    port = free_port()
    return processes.start(
        name,
        [sys.executable, "-m", "uvicorn", app, "--factory", "--host", "127.0.0.1", "--port", str(port),
         "--workers", str(workers), "--log-level", "warning", "--no-access-log", "--backlog", "4096"],
        port,
        env,
    )


def log_size(proc: Proc) -> int:
    try:
        return proc.log.stat().st_size
    except OSError:
        return 0


def log_since(proc: Proc, offset: int) -> list[str]:
    """The non-blank lines `proc` logged after byte `offset` (from `log_size`)."""
    try:
        with open(proc.log, "rb") as f:
            f.seek(offset)
            return [line for line in f.read().decode(errors="replace").splitlines() if line.strip()]
    except OSError:
        return []


def _stat_fields(stat: Path) -> list[str]:
    """The fields of a /proc/<pid>/stat after the command name (field 3 on);
    split after the last ")": the name itself may contain spaces or ")"."""
    return stat.read_text().rsplit(")", 1)[1].split()


def _cpu(fields: list[str]) -> float:
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process, from /proc (Linux); NaN elsewhere."""
    try:
        return _cpu(_stat_fields(Path(f"/proc/{pid}/stat")))
    except (OSError, ValueError, IndexError):
        return float("nan")


def tree_cpu_seconds(pid: int) -> float:
    """CPU time of a process and its direct children (uvicorn's worker
    processes: a parent's own figures count only children that have exited)."""
    total = cpu_seconds(pid)
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = _stat_fields(stat)  # read once: parent pid and CPU times
            if int(fields[1]) == pid:
                total += _cpu(fields)
        except (OSError, ValueError, IndexError):
            continue
    return total


def pct(values: list[float], p: float) -> float:
    """Nearest-rank percentile, in ms."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return 1000 * ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def machine() -> str:
    """CPUs, model and load: every process of a bench shares them, so they go with its figures."""
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load1 = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return f"{os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}) {model}, load average {load1:.2f} at start"


def _interrupt(signum, frame) -> None:
    # Installed for SIGTERM: the bench then unwinds as on Ctrl-C, and
    # `bench_session` stops the servers and removes the temp folder.
    raise KeyboardInterrupt


@contextmanager
def bench_session(prefix: str, keep: bool) -> Iterator[tuple[Path, Processes]]:
    """A temp folder (`prefix`) and the `Processes` started in it, for the bench's main part.

    On leaving, however that happens, every process is stopped and the folder
    removed (kept with `keep`, for its logs and database); Ctrl-C or SIGTERM
    end the bench with "interrupted" and exit status 130."""
    signal.signal(signal.SIGTERM, _interrupt)  # e.g. a CI timeout: clean up as on Ctrl-C
    signal.signal(signal.SIGINT, signal.default_int_handler)  # also when started with SIGINT ignored (`&`)
    workdir = Path(tempfile.mkdtemp(prefix=prefix))
    processes = Processes(workdir)
    try:
        yield workdir, processes
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        sys.exit(130)
    finally:
        processes.stop()
        if keep:
            print(f"kept {workdir}", file=sys.stderr)
        else:
            shutil.rmtree(workdir, ignore_errors=True)
