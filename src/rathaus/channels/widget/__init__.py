"""The citizens' chat widget: widget.js (a Web Component in one file), its
per-language UI catalogue (locales/*.json) and the routes that serve them."""
