"""The folder connector passes the connector conformance suite."""

import pytest

from rathaus.connectors.files import FilesConnector
from rathaus.testing.connectors import ConnectorConformance


class TestFilesConformance(ConnectorConformance):
    @pytest.fixture(autouse=True)
    def _folder(self, tmp_path):
        self.folder = tmp_path / "docs"
        (self.folder / "sub").mkdir(parents=True)
        (self.folder / "a.md").write_text("# A\n\nText A.\n", encoding="utf-8")
        (self.folder / "sub" / "b.txt").write_text("Text B.\n", encoding="utf-8")

    def make_connector(self):
        return FilesConnector(self.folder)

    def make_broken_connector(self):
        return FilesConnector(self.folder / "fehlt")
