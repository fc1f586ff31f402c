"""The web layer: routes, pages, wire schemas and the concurrency around a turn."""
