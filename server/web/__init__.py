"""The web layer: wire schemas, routes, pages, streaming, and the serve/demo commands."""
