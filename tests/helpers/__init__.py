"""Helpers shared by several test modules, by topic.

* ``web``: the JSON API as a test client sees it (accounts, jobs, interviews).
* ``engine``: a scripted model's replies that fit whatever schema is asked.
* ``servers``: the app as a real server (uvicorn in a thread, or a subprocess).
* ``attacks``: the prompt-injection attacks and the checks applied after each.

Test modules import from here, never from one another; fixtures live in ``conftest.py``.
"""
