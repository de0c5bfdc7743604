"""The worked example in docs/connectors.md is a real connector: it passes the
conformance suite against a local server, so the page cannot drift from the seam."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from rathaus.security.http import GuardedClient
from rathaus.testing.connectors import ConnectorConformance
from tests.local_http import LocalServer, QuietHandler

DOC = Path(__file__).resolve().parents[2] / "docs" / "connectors.md"
NOTICES = [{"nr": "2026-14", "titel": "Sperrung der Saalbrücke", "text": "Die Brücke ist vom 5. bis 9. Mai gesperrt."},
           {"nr": "2026-15", "titel": "Haushaltssatzung 2027", "text": "Der Rat hat die Haushaltssatzung beschlossen."}]


def example_namespace() -> dict:
    code = re.search(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S).group(1)
    namespace: dict = {}
    exec(compile(code, str(DOC), "exec"), namespace)  # noqa: S102 - our own documentation
    return namespace


class Handler(QuietHandler):
    def do_GET(self):  # noqa: N802 - http.server API
        if self.path == "/amtsblatt.json":
            self.reply(200, "application/json", json.dumps(NOTICES).encode())
        else:
            self.reply(500, "application/json", b"<html>Fehler")


@pytest.fixture(scope="module")
def server():
    local = LocalServer(Handler)
    yield local.url
    local.close()


class TestTheDocumentedConnector(ConnectorConformance):
    @pytest.fixture(autouse=True)
    def _server(self, server):
        self.server = server
        self.ns = example_namespace()

    def _make(self, path: str):
        config = self.ns["AmtsblattConfig"](url=self.server + path)
        client = GuardedClient(allow_hosts={"127.0.0.1"})
        return self.ns["AmtsblattConnector"].from_config(config, client, "Amtsblatt")

    def make_connector(self):
        return self._make("/amtsblatt.json")

    def make_broken_connector(self):
        return self._make("/kaputt")


def test_the_example_config_refuses_a_non_web_address():
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        example_namespace()["AmtsblattConfig"](url="file:///etc/passwd")
