"""Alembic revisions, oldest first: ``rNNN_name.py`` holds revision ``NNN_name``.

A revision is written against the schema as it was when it was added (plain
``op`` calls and SQL, never the current table classes), and it runs in offline
mode too (no reading of rows in Python), so ``interviewer db upgrade --sql``
prints every statement. Append new revisions; never edit released ones.
"""
