"""Storage: tables, database set-up, migrations and keyword-only store functions."""
