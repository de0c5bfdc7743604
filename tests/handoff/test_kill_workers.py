"""0 lost messages: SIGKILL a worker mid-conversation 20 times; every message
either side got an acknowledgement (HTTP 200) for is in the transcript after."""

from __future__ import annotations

import threading
import time
import uuid

import httpx

from tests.handoff.test_scale_out import STAFF, start_worker, workers  # noqa: F401 - fixture

KILLS = 20


def test_no_acknowledged_message_is_lost_when_workers_die(workers, tmp_path):  # noqa: F811
    url_a, url_b = workers
    urls = {"a": url_a, "b": url_b}
    cid = httpx.post(f"{url_b}/api/v1/chat", json={"tenant": "musterstadt", "message": "Personalausweis"},
                     timeout=10).json()["conversation_id"]
    assert httpx.post(f"{url_a}/api/v1/staff/musterstadt/conversations/{cid}/state", headers=STAFF,
                      json={"author": "Frau Meier", "to": "with_staff"}, timeout=10).status_code == 200
    acknowledged: list[str] = []
    stop = threading.Event()

    def traffic():
        while not stop.is_set():
            for side in ("a", "b"):
                text = f"{side}-{uuid.uuid4().hex[:8]}"
                try:
                    if side == "a":  # staff on worker A
                        response = httpx.post(f"{urls['a']}/api/v1/staff/musterstadt/conversations/{cid}/messages",
                                              headers=STAFF, json={"author": "Frau Meier", "text": text}, timeout=5)
                    else:  # the citizen on worker B
                        response = httpx.post(f"{urls['b']}/api/v1/chat", timeout=5, json={
                            "tenant": "musterstadt", "message": text, "conversation_id": cid})
                except httpx.HTTPError:
                    continue  # not acknowledged: may or may not be stored
                if response.status_code == 200:
                    acknowledged.append(text)

    sender = threading.Thread(target=traffic, daemon=True)
    sender.start()
    processes = workers.processes
    for kill in range(KILLS):
        side = "ab"[kill % 2]
        time.sleep(0.3)  # let some messages through
        processes[side].kill()  # SIGKILL: no shutdown, requests in flight die with it
        processes[side].wait(timeout=10)
        processes[side], urls[side] = start_worker(workers.data_dir, demo=False)
    stop.set()
    sender.join(timeout=10)
    transcript = httpx.get(f"{urls['a']}/api/v1/staff/musterstadt/conversations/{cid}", headers=STAFF,
                           timeout=10).json()
    stored = {m["text"] for m in transcript["messages"]}
    missing = [text for text in acknowledged if text not in stored]
    assert len(acknowledged) > 2 * KILLS and missing == []
