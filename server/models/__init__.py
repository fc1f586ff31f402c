"""Model files: the catalog, verification by sha256, and fetching.

- ``catalog``: ``load_catalog(settings)``, ``Catalog.get(name)``, ``model_path(settings, entry)``
- ``verify``: ``ensure_verified(settings, name) -> (path, sha256)``, used at start-up
- ``fetch``: ``pull`` and ``import_file``, the only network code (the CLI calls it)
- ``commands``: ``interviewer models list | pull | verify | import``
"""
