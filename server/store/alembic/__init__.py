"""The Alembic migration environment: ``env.py`` and the revisions in ``versions/``.

Run by :mod:`server.store.migrations`, never by an ``alembic.ini``: the app migrates
at start, ``interviewer db upgrade --sql`` prints the SQL for a DBA to review.
"""
