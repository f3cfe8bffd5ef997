"""How to dial a published number: as printed, a form derived by the usual rules, or only inside its country.

The directory keeps every number verbatim and never rewrites it. This module only *derives*, for display next to
the verbatim number, the form a caller can dial when ``phonenumbers`` recognises the printed number as a valid
international number once its trunk prefix is dropped (``+44 (0) 127-645-7002``: dial ``+44 1276 457002`` from
abroad, ``01276 457002`` within the United Kingdom). A derivation is accepted only when it keeps every printed
digit but a parenthesised trunk prefix, so nothing is invented; the derived form is always labelled as derived.
Numbers written for dialling inside one country and numbers whose ``+`` is no country code get no derived form,
only advice in plain words. ``country_name`` names the country of a derived form in the UI language. Imported on
demand (``phonenumbers`` is large); no Qt; the only file it reads is the country names' resource.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from care_desktop.domain.phones.directory import PhoneEntry, tel_uri
from care_desktop.services.resources import ResourceError, read_text

COUNTRY_NAMES_FILE: Final = "phones/country-names.json"

_TRUNK: Final = re.compile(r"\(\s*0\s*\)")


class Dialling(StrEnum):
    """How a number can be dialled."""

    AS_PRINTED = "as_printed"  # a valid international number as printed
    DERIVED = "derived"  # not as printed, but a valid form follows by the usual rules
    DOMESTIC = "domestic"  # written for dialling inside one country only
    UNCLEAR = "unclear"  # a "+" that is no country code, or a number phonenumbers does not recognise


@dataclass(frozen=True)
class DialAdvice:
    """What to dial for one entry.

    Attributes:
        dialling: How it can be dialled.
        international: The derived form to dial from abroad (``"+44 1276 457002"``), or empty.
        national: The derived form to dial within its country (``"01276 457002"``), or empty.
        country: The ISO code of the country of the derived form (``"GB"``), or empty.
        tel: A ``tel:`` link (for the verbatim number when it is dialable as printed, else for the derived
            international form), or None.
        trunk_prefix: The printed number holds a ``(0)`` trunk prefix (dropped in the derived form).
    """

    dialling: Dialling
    international: str = ""
    national: str = ""
    country: str = ""
    tel: str | None = None
    trunk_prefix: bool = False

    @property
    def derived(self) -> bool:
        """Whether a dialable form was derived (shown labelled, with its own Copy and Call)."""
        return self.dialling is Dialling.DERIVED


def _digits(text: str) -> str:
    return "".join(char for char in text if char.isascii() and char.isdigit())


def dial_advice(entry: PhoneEntry) -> DialAdvice:
    """Work out how to dial an entry's number (see the module's docstring).

    Args:
        entry: The directory entry; its number is never changed.

    Returns:
        The advice.
    """
    tel = tel_uri(entry)
    if tel is not None:
        return DialAdvice(Dialling.AS_PRINTED, tel=tel)
    number = entry.number.strip()
    if not number.startswith("+"):
        return DialAdvice(Dialling.DOMESTIC)
    trunk = bool(_TRUNK.search(number))
    import phonenumbers  # large: loaded by the first number that needs it, not when a window with numbers opens

    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return DialAdvice(Dialling.UNCLEAR, trunk_prefix=trunk)
    kept = f"{parsed.country_code}{phonenumbers.national_significant_number(parsed)}"
    # Accept only a reading that keeps every printed digit, bar the trunk prefix: nothing invented or dropped.
    if not phonenumbers.is_valid_number(parsed) or _digits(_TRUNK.sub("", number)) != kept:
        return DialAdvice(Dialling.UNCLEAR, trunk_prefix=trunk)
    e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return DialAdvice(
        Dialling.DERIVED,
        international=phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
        national=phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL),
        country=phonenumbers.region_code_for_number(parsed) or "",
        tel=f"tel:{e164}",
        trunk_prefix=trunk,
    )


@functools.cache
def country_name(code: str, language: str) -> str:
    """The name of a country in a language (``resources/phones/country-names.json``, Unicode CLDR's names).

    The derived line says where the national form works ("within United Kingdom", "イギリス国内"), so the name
    follows the UI language; English where the file has no name in that language. The file is taken from
    ``phonenumbers`` by ``scripts/country_names.py``: reading the library's own table of every country in every
    language would cost the window about 0.3 s and 98 MB for one name.

    Args:
        code: ISO 3166 code (``"GB"``), as in ``DialAdvice.country``.
        language: The language (``"ja"``, ``"en"``; a region or script after ``_`` or ``-`` is ignored).

    Returns:
        The name, or ``code`` itself when the file does not know the country (or cannot be read).
    """
    if not code:
        return code
    names = _country_names().get(code.upper(), {})
    primary = re.split(r"[_-]", language, maxsplit=1)[0].lower()
    return names.get(primary) or names.get("en") or code


@functools.cache
def _country_names() -> dict[str, dict[str, str]]:
    try:
        names = json.loads(read_text(COUNTRY_NAMES_FILE))["names"]
    except (ResourceError, ValueError, KeyError, TypeError):
        return {}  # the line then says the code (GB): still true, only less friendly
    if not isinstance(names, dict):
        return {}
    return {
        str(code): {str(k): str(v) for k, v in entry.items()}
        for code, entry in names.items()
        if isinstance(entry, dict)
    }
