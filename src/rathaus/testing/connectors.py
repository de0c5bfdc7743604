"""Conformance suite for connectors (rathaus.connectors.base.Connector).

A connector proves itself by subclassing `ConnectorConformance` and
implementing `make_connector()` (a connector over a healthy source with at
least two documents) and `make_broken_connector()` (one whose source fails,
e.g. a server answering garbage) — usually with a local server started by a
fixture of the subclass.
"""

from __future__ import annotations

import json

from rathaus.connectors.base import Connector, FetchedItem


class ConnectorConformance:
    def make_connector(self):
        raise NotImplementedError

    def make_broken_connector(self):
        raise NotImplementedError

    def test_it_is_a_connector(self):
        assert isinstance(self.make_connector(), Connector)

    def test_items_are_fetched_items_with_unique_stable_ids(self):
        first = list(self.make_connector().fetch())
        again = list(self.make_connector().fetch())
        assert len(first) >= 2 and all(isinstance(i, FetchedItem) for i in first)
        ids = [i.external_id for i in first]
        assert len(set(ids)) == len(ids), "external ids are unique within the source"
        assert ids == [i.external_id for i in again], "and stable between runs"
        assert all(i.error is None and i.data for i in first)

    def test_the_source_name_is_stable_for_the_same_configuration(self):
        assert self.make_connector().source_name == self.make_connector().source_name

    def test_complete_only_after_a_whole_walk(self):
        connector = self.make_connector()
        assert not connector.complete
        items = connector.fetch()
        next(items)
        assert not connector.complete, "not before the walk is over"
        list(items)
        assert connector.complete

    def test_a_failing_source_yields_failed_items_and_stays_incomplete(self):
        connector = self.make_broken_connector()
        items = list(connector.fetch())  # never raises
        assert items and any(i.error for i in items)
        assert not connector.complete, "an incomplete walk must not delete what was indexed before"

    def test_the_checkpoint_is_json_and_a_sync_from_it_changes_nothing(self):
        connector = self.make_connector()
        first = {i.external_id: i for i in connector.fetch()}
        checkpoint = json.loads(json.dumps(connector.checkpoint(set())))
        again = self.make_connector()
        for item in again.fetch(checkpoint):
            assert item.error is None and not item.deleted, item
            assert item.unchanged or item.data == first[item.external_id].data, (
                f"{item.external_id}: same source, same content (or 'unchanged')")

    def test_failed_documents_are_fetched_again_from_the_checkpoint(self):
        connector = self.make_connector()
        first = list(connector.fetch())
        failed = first[0].external_id
        checkpoint = json.loads(json.dumps(connector.checkpoint({failed})))
        again = {i.external_id: i for i in self.make_connector().fetch(checkpoint)}
        assert failed in again and not again[failed].unchanged and again[failed].data, (
            "a document the pipeline could not store must come again in full")
