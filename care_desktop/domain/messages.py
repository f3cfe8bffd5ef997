"""User-facing messages produced by the domain, kept translatable without importing Qt.

The domain speaks English templates with named placeholders. Each template is marked with
``QT_TRANSLATE_NOOP`` so that ``pyside6-lupdate`` extracts it; the UI translates the template in the
``"domain"`` context and then fills in the parameters. The case text always uses the English rendering.

A text that counts something says ``%n`` for the number and is written in the English plural; it is declared
with :func:`count_text`, which also records its English form for one, and its message carries the ``count``.
The UI translates it with Qt's plural forms (the English catalogue has both forms too); without a translator
(the CLI, the case text) :meth:`Message.render` picks the English form itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final

from care_desktop.domain.plurals import english_form

CONTEXT: Final = "domain"
COUNT: Final = "%n"
"""The placeholder of the number in a count text (Qt's): the translator fills it in, or :meth:`Message.render`."""

_ENGLISH_ONE: dict[str, str] = {}
ENGLISH_ONE: Final = MappingProxyType(_ENGLISH_ONE)
"""The English form for one of every count text declared so far, by its template (read by a test)."""


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Mark ``source`` for translation in ``context`` and return it unchanged.

    Args:
        context: The translation context (always ``"domain"`` here).
        source: The English template.

    Returns:
        ``source`` itself.
    """
    del context
    return source


def count_text(template: str, one: str) -> str:
    """Declare a text that counts something, with its English form for one.

    Args:
        template: The text in the English plural, ``%n`` for the number, marked with ``QT_TRANSLATE_NOOP``
            in the ``"domain"`` context (``"This row has %n cells."``).
        one: The English text for exactly one (``"This row has %n cell."``); the English catalogue gives the
            UI the same form (a test keeps the two equal).

    Returns:
        ``template``, for a :class:`Message` with a ``count``.
    """
    _ENGLISH_ONE[template] = one
    return template


@dataclass(frozen=True)
class Message:
    """A translatable message: an English template with named ``{placeholders}`` and their values.

    Attributes:
        template: English text marked with ``QT_TRANSLATE_NOOP`` in the ``"domain"`` context.
        params: Values for the placeholders; rendered with ``str.format``.
        count: For a count text (:func:`count_text`): the number, put in for ``%n``; it chooses the plural form.
    """

    template: str
    params: dict[str, str] = field(default_factory=dict)
    count: int | None = None

    def render(self, template: str | None = None) -> str:
        """Fill the placeholders.

        Args:
            template: A translated template to use instead of the English one (Qt has put in the count).

        Returns:
            The finished text.
        """
        if template is None:
            template = self.template
            if self.count is not None:
                one = _ENGLISH_ONE.get(template, template)
                template = english_form(self.count, one, template).replace(COUNT, str(self.count))
        return template.format(**self.params)


@dataclass(frozen=True)
class Problem:
    """Something wrong or missing in a draft or case file.

    Attributes:
        field: Dotted path of the field concerned, e.g. ``"org.id"`` or ``"conversation_ids[2]"``.
        message: What is wrong.
        blocking: True when the step cannot be accepted (or the file cannot be used) until it is fixed;
            False for advice the user may ignore.
        fix: How to fix it, when that is not obvious from the message.
    """

    field: str
    message: Message
    blocking: bool = True
    fix: Message | None = None
