"""Conformance suite for connectors (rathaus.connectors.base.Connector).

A connector proves itself by subclassing `ConnectorConformance` and
implementing `make_connector()` (a connector over a healthy source with at
least two documents) and `make_broken_connector()` (one whose source fails,
e.g. a server answering garbage) — usually with a local server started by a
fixture of the subclass.
"""

from __future__ import annotations

from rathaus.connectors.base import FetchedItem


class ConnectorConformance:
    def make_connector(self):
        raise NotImplementedError

    def make_broken_connector(self):
        raise NotImplementedError

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
