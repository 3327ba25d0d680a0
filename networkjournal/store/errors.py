"""Errors the user can cause with what they type, named by the field they concern."""

from __future__ import annotations


class ValidationError(ValueError):
    """A value the journal cannot accept; ``field`` names where it was typed."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message
