"""Patterns of text that could identify a patient: the demo must never contain any."""

from __future__ import annotations

import re

# Text that could identify someone being cared for: an NHS-number-like run of ten
# digits, "patient" next to a name, a title before an initial or name, a birth date.
IDENTIFYING = [
    re.compile(r"(?<!\d)\d{3}[ -]?\d{3}[ -]?\d{4}(?!\d)"),
    re.compile(r"\bpatients?\b[\s,:;'\u2019s]{1,4}(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z]+"),
    re.compile(r"\b(?:Mrs|Ms|Miss)\.?\s+[A-Z]"),
    re.compile(r"\b(?:DOB|D\.O\.B|date of birth|born on)\b", re.IGNORECASE),
]
