"""English plurals without Qt: "1 file", "3 files", for the command line and the English the domain renders.

The windows never use this: they count through Qt's plural forms (``self.tr("%n files", "", n)``), whose
English forms are in ``resources/translations/care_desktop_en.ts``. This is the one place that knows the
English rule (one for exactly 1; 0 and every other number take the plural), used by the CLI's output, by
:meth:`care_desktop.domain.messages.Message.render` for a count text without a translator, and by the few
English-only texts (a byte count, an abbreviated secret). It does no I/O and imports no Qt.
"""

from __future__ import annotations


def english_form(count: int, one: str, other: str) -> str:
    """Pick the English form for ``count``.

    Args:
        count: The number counted.
        one: The form for exactly one.
        other: The form for any other number, zero included.

    Returns:
        ``one`` when ``count`` is 1, else ``other``.
    """
    return one if count == 1 else other


def counted(count: int, noun: str, nouns: str | None = None) -> str:
    """Say a number of things in English: ``1 conversation``, ``0 conversations``, ``3 entries``.

    Args:
        count: The number.
        noun: The thing, singular.
        nouns: Its plural, when it is not ``noun`` + "s".

    Returns:
        The number and the noun in the right form.
    """
    return f"{count} {english_form(count, noun, nouns if nouns is not None else noun + 's')}"
