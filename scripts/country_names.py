"""Write ``resources/phones/country-names.json``: each country's name in the UI's languages.

The derived Severity 1 line says where a national form works ("within United Kingdom", "イギリス国内"), in the
UI language. ``phonenumbers`` ships these names (Unicode CLDR's), but reading them loads its table of every
country in every language: about 0.3 s and 98 MB in the window's process, for one name. This script takes the
names once, for the languages Care Desktop has a catalogue for, into a small file shipped with the app.
``tests/unit/services/test_dialable.py`` checks that the file matches the installed ``phonenumbers``.

Usage: ``python scripts/country_names.py`` (after a ``phonenumbers`` update).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Final

REPO: Final = Path(__file__).resolve().parent.parent
TARGET: Final = REPO / "resources" / "phones" / "country-names.json"
LANGUAGES: Final = ("en", "ja")  # the source language and every catalogue in resources/translations


def country_names() -> dict[str, object]:
    """The file's content, from the installed ``phonenumbers``."""
    import phonenumbers
    from phonenumbers.geocoder import country_name_for_number

    names: dict[str, dict[str, str]] = {}
    for code in sorted(phonenumbers.SUPPORTED_REGIONS):
        example = phonenumbers.example_number(code)  # the library names a country through one of its numbers
        if example is None:
            continue
        chosen = {language: country_name_for_number(example, language) for language in LANGUAGES}
        if chosen["en"]:
            names[code] = {language: name for language, name in chosen.items() if name}
    return {
        "version": 1,
        "note": "Country names for the derived phone line, by ISO 3166-1 alpha-2 code and language, from the "
        f"Unicode CLDR names phonenumbers {phonenumbers.__version__} ships. Written by scripts/country_names.py.",
        "names": names,
    }


def main() -> int:
    TARGET.write_text(json.dumps(country_names(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {TARGET.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
