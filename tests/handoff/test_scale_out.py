"""Two server processes behind one Redis: a staff reply sent to worker A
reaches the citizen whose live stream is connected to worker B."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time

import httpx
import pytest

from tests.ci import require

REDIS_URL = os.environ.get("RATHAUS_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
STAFF = {"Authorization": "Bearer geheim"}


def require_redis() -> None:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1):
            return
    except OSError:
        require(False, "Redis is not running on 127.0.0.1:6379")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_worker(data_dir, demo: bool) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "RATHAUS_DATA_DIR": str(data_dir), "RATHAUS_EMBEDDER": "hashing",
           "RATHAUS_DEMO": "true" if demo else "false", "RATHAUS_REDIS_URL": REDIS_URL,
           "RATHAUS_STAFF_TOKEN": "geheim"}
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "rathaus.app:create_app", "--factory", "--port", str(port),
         "--log-level", "warning"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(process.stderr.read().decode())
        try:
            if httpx.get(f"{url}/api/v1/health", timeout=1).status_code == 200:
                return process, url
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("worker did not start")


class Workers(tuple):
    """(url_a, url_b); `processes` may be replaced by a test that restarts them."""

    processes: dict
    data_dir: object


@pytest.fixture
def workers(tmp_path):
    require_redis()
    a, url_a = start_worker(tmp_path, demo=True)  # creates the demo town first
    b, url_b = start_worker(tmp_path, demo=False)
    pair = Workers((url_a, url_b))
    pair.processes, pair.data_dir = {"a": a, "b": b}, tmp_path
    yield pair
    for process in pair.processes.values():
        if process.poll() is None:
            process.terminate()
            process.wait(timeout=10)


def test_a_staff_reply_on_worker_a_reaches_the_citizen_on_worker_b(workers):
    url_a, url_b = workers
    citizen, staff = httpx.Client(base_url=url_b, timeout=10), httpx.Client(base_url=url_a, timeout=10, headers=STAFF)
    cid = citizen.post("/api/v1/chat", json={"tenant": "musterstadt", "message": "Personalausweis beantragen"}).json()["conversation_id"]
    assert staff.post("/api/v1/staff/musterstadt/presence", json={"staff": "Frau Meier"}).status_code == 200
    received: list[dict] = []
    subscribed = threading.Event()

    def listen():
        with httpx.stream("GET", f"{url_b}/api/v1/conversations/{cid}/events", params={"tenant": "musterstadt"},
                          timeout=20) as stream:
            for line in stream.iter_lines():
                if line.startswith("data:"):
                    received.append(json.loads(line[5:]))
                    subscribed.set()
                    if received[-1].get("type") == "message":
                        return

    listener = threading.Thread(target=listen, daemon=True)
    listener.start()
    assert subscribed.wait(10)
    # staff takes the conversation over (no office hours needed for that) and answers
    assert staff.post(f"/api/v1/staff/musterstadt/conversations/{cid}/state",
                      json={"author": "Frau Meier", "to": "with_staff"}).status_code == 200
    sent = time.monotonic()
    assert staff.post(f"/api/v1/staff/musterstadt/conversations/{cid}/messages",
                      json={"author": "Frau Meier", "text": "Hier ist das Bürgerbüro."}).status_code == 200
    listener.join(timeout=10)
    assert any(e.get("type") == "message" and e["text"] == "Hier ist das Bürgerbüro." for e in received), received
    assert time.monotonic() - sent < 5
    # and the bot stays silent on worker B while staff answers
    silent = citizen.post("/api/v1/chat", json={"tenant": "musterstadt", "message": "Danke!", "conversation_id": cid}).json()
    assert silent["answer"] == "" and silent["state"] == "with_staff"


def test_rathaus_serve_with_two_workers_prepares_once(tmp_path):
    """`rathaus serve --workers 2`: the demo town and the setup link are made
    once before the workers start (not raced or printed twice), then both answer."""
    require_redis()
    port, log = free_port(), tmp_path / "serve.log"
    env = {**os.environ, "RATHAUS_DATA_DIR": str(tmp_path / "data"), "RATHAUS_EMBEDDER": "hashing",
           "RATHAUS_REDIS_URL": REDIS_URL}
    env.pop("RATHAUS_DEMO", None)
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-c", "from rathaus.cli import main; main()", "serve", "--workers", "2",
             "--port", str(port)], env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        url, deadline = f"http://127.0.0.1:{port}", time.monotonic() + 90
        while time.monotonic() < deadline:
            assert process.poll() is None, log.read_text()
            if log.read_text().count("Application startup complete") == 2:
                break
            time.sleep(0.2)
        else:
            raise AssertionError("the workers did not start:\n" + log.read_text())
        answers = [httpx.post(f"{url}/api/v1/chat", json={"tenant": "musterstadt", "message": "Personalausweis"},
                              timeout=10).json() for _ in range(4)]
        assert all(a["grounded"] for a in answers)
    finally:
        process.terminate()
        process.wait(timeout=20)
    text = log.read_text()
    assert text.count("Erstes Konto anlegen") == 1, text
    assert len({line.split("[")[-1] for line in text.splitlines() if "Started server process" in line}) == 2, text
