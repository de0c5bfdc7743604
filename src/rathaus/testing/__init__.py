"""Fakes and conformance suites for every seam.

A new backend proves itself by subclassing the suite, e.g.::

    from rathaus.testing.embedders import EmbedderConformance

    class TestMyEmbedder(EmbedderConformance):
        def make_embedder(self):
            return MyEmbedder(...)
"""
