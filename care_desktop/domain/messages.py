"""User-facing messages produced by the domain, kept translatable without importing Qt.

The domain speaks English templates with named placeholders. Each template is marked with
``QT_TRANSLATE_NOOP`` so that ``pyside6-lupdate`` extracts it; the UI translates the template in the
``"domain"`` context and then fills in the parameters. The case text always uses the English rendering.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

CONTEXT: Final = "domain"


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


@dataclass(frozen=True)
class Message:
    """A translatable message: an English template with named ``{placeholders}`` and their values.

    Attributes:
        template: English text marked with ``QT_TRANSLATE_NOOP`` in the ``"domain"`` context.
        params: Values for the placeholders; rendered with ``str.format``.
    """

    template: str
    params: dict[str, str] = field(default_factory=dict)

    def render(self, template: str | None = None) -> str:
        """Fill the placeholders.

        Args:
            template: A translated template to use instead of the English one.

        Returns:
            The finished text.
        """
        return (template if template is not None else self.template).format(**self.params)


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
