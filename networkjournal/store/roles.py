"""Which roles on a topic mean someone supervises it (or could): one rule for SQL and Python."""

from __future__ import annotations

import re

# "supervisor", "co-supervisor", "could supervise", "mentor", "project lead", "co-PI";
# "lead" and "PI" only as words of their own ("leadership" is not a role of supervising).
_SUPERVISING = re.compile(r"supervis|mentor|(?<![a-z])(?:lead|pi)(?![a-z])", re.IGNORECASE)


def is_supervising_role(role: str) -> bool:
    """Whether ``role`` on a topic means the person supervises it, or could."""
    return bool(_SUPERVISING.search(role))


def supervising_role_sql(column: str) -> str:
    """An SQL condition true when ``column`` holds a supervising role (the same rule as above)."""
    lowered = f"lower({column})"
    # Words: anything but a letter separates them, so pad and turn separators into spaces.
    words = f"(' ' || replace(replace(replace({lowered}, '-', ' '), '/', ' '), ',', ' ') || ' ')"
    return (
        f"({lowered} LIKE '%supervis%' OR {lowered} LIKE '%mentor%' "
        f"OR {words} LIKE '% lead %' OR {words} LIKE '% pi %')"
    )
