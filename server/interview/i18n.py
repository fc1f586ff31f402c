"""The interviewer's wording in the job's language: gettext catalogs read with Babel.

The catalogs are plain ``.po`` files in ``server/interview/locale/<lang>/LC_MESSAGES/``
(one per supported language, kept current with ``pybabel``: see the README). They are
compiled in memory when first used, so there is no build step and nothing generated is
committed. A language without a catalog, or a string without a translation, is English.
"""

from __future__ import annotations

import gettext
from functools import lru_cache
from io import BytesIO
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DOMAIN = "interviewer"


def catalog_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


@lru_cache(maxsize=16)
def translations(lang: str) -> gettext.NullTranslations:
    path = catalog_path(lang)
    if lang == "en" or not path.is_file():
        return gettext.NullTranslations()
    with path.open("rb") as fh:
        catalog = read_po(fh, locale=lang)
    compiled = BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)
