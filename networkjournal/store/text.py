"""Folding text for sorting and matching: case and diacritics removed."""

from __future__ import annotations

import unicodedata

# Letters that carry no combining mark to strip, but that a person types without.
_EXTRA_FOLDS = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae"})  # noqa: RUF001


def fold(text: str) -> str:
    """Return ``text`` lower-cased with diacritics removed ("Inês Ødegård" → "ines odegard")."""
    # Decompose before case-folding too: compatibility forms such as mathematical bold
    # letters (pasted from social media names) or "㎒" only become plain letters, some of
    # them capitals, under NFKD.
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped.translate(_EXTRA_FOLDS))


def like_pattern(text: str) -> str:
    """Return a LIKE pattern matching ``text`` anywhere, with ``\\`` as the escape."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
