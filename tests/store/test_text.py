"""Folding text for sorting and matching, and LIKE patterns that take text literally."""

from __future__ import annotations

import string
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from networkjournal.store.schema import db
from networkjournal.store.text import fold, like_pattern

any_text = st.text(alphabet=st.characters(exclude_categories=["Cs"]))
ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Inês Ødegård", "ines odegard"),
        ("ODEGARD", "odegard"),
        ("Zoë", "zoe"),
        ("Siobhán Núñez", "siobhan nunez"),
        ("Łukasz Đorđević", "lukasz dordevic"),
        ("Æsir", "aesir"),
        ("Straße", "strasse"),
        ("İstanbul", "istanbul"),
        ("ﬁonn", "fionn"),
        (
            "\U0001d413\U0001d428\U0001d426 \U0001d575\U0001d594\U0001d593\U0001d58a\U0001d598",
            "tom jones",
        ),  # mathematical bold and Fraktur
        ("王小明", "王小明"),
        ("김민준", "김민준"),
        ("Αλέξης", "αλεξησ"),  # casefold maps the final sigma too
        ("", ""),
    ],
)
def test_fold_removes_case_and_diacritics(text: str, folded: str) -> None:
    assert fold(text) == folded


@given(any_text)
@example("\U0001d413\U0001d428\U0001d426")  # mathematical bold "Tom"
@example("\u3392")  # the "MHz" square
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(any_text)
def test_fold_leaves_no_capital_letters_or_combining_marks(text: str) -> None:
    folded = fold(text)
    assert folded.casefold() == folded
    assert not any(unicodedata.combining(ch) for ch in unicodedata.normalize("NFD", folded))


@given(any_text, any_text)
def test_fold_of_a_name_does_not_depend_on_the_text_around_it(before: str, after: str) -> None:
    word = "Ødegård-Inês"
    assert fold(word) in fold(before + " " + word + " " + after)


def test_like_pattern_escapes_wildcards_and_the_escape_character() -> None:
    assert like_pattern("100%") == "%100\\%%"
    assert like_pattern("a_b") == "%a\\_b%"
    assert like_pattern("back\\slash") == "%back\\\\slash%"
    assert like_pattern("") == "%%"


def sqlite_like(value: str, pattern: str) -> bool:
    row = db.execute_sql("SELECT ? LIKE ? ESCAPE '\\'", (value, pattern)).fetchone()
    return bool(row[0])


@pytest.mark.parametrize(
    ("value", "text", "expected"),
    [
        ("ann 100% real", "100%", True),
        ("ann 1000 real", "100%", False),
        ("bob_the_builder", "b_t", True),
        ("bobxthe builder", "b_t", False),
        ("c:\\temp", "c:\\t", True),
        ("c:temp", "c:\\t", False),
        ("samuel", "MUE", True),
    ],
)
def test_like_pattern_matches_text_literally_in_sqlite(
    journal: Path, value: str, text: str, expected: bool
) -> None:
    assert sqlite_like(value, like_pattern(text)) is expected


plain = st.text(
    alphabet=st.sampled_from("ab%_\\ A-é王"),
    max_size=12,
)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(value=plain, text=plain)
def test_like_pattern_matches_exactly_when_the_text_is_contained(
    journal: Path, value: str, text: str
) -> None:
    # SQLite's LIKE ignores the case of ASCII letters only.
    contained = text.translate(ASCII_LOWER) in value.translate(ASCII_LOWER)
    assert sqlite_like(value, like_pattern(text)) is contained
