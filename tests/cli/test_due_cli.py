"""`networkjournal due`: who is due to hear from you, as text and as JSON."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from networkjournal.cli import main
from networkjournal.store.db import close_journal, open_journal
from networkjournal.store.journal import EntryData, create_entry
from networkjournal.store.networks import list_networks
from networkjournal.store.people import NetworkRole, PersonData, create_person, set_archived


def days_ago(today: dt.date, days: int) -> dt.datetime:
    return dt.datetime.combine(today - dt.timedelta(days=days), dt.time(12, 0))


def short(day: dt.date) -> str:
    return f"{day.day} {day:%b} {day.year}"


def build(journal_path: Path, today: dt.date) -> dict[str, int]:
    """Three people with a period (overdue, due today, due in 2 days) and two never due."""
    open_journal(journal_path)
    academic = {n.name: n.id for n in list_networks()}["Academic support"]  # every 90 days
    ids = {
        "okafor": create_person(PersonData(display_name="Dr Ada Okafor", keep_in_touch_days=14)),
        "brooks": create_person(
            PersonData(display_name="Alex Brooks", networks=[NetworkRole(academic, "supervisor")])
        ),
        "patel": create_person(PersonData(display_name="Sam Patel", keep_in_touch_days=30)),
        "archived": create_person(PersonData(display_name="Archie Ved", keep_in_touch_days=1)),
        "no_period": create_person(PersonData(display_name="Nadia Free")),
    }
    create_entry(EntryData(days_ago(today, 17), participant_ids=[ids["okafor"], ids["archived"]]))
    create_entry(EntryData(days_ago(today, 90), participant_ids=[ids["brooks"]]))
    create_entry(EntryData(days_ago(today, 28), participant_ids=[ids["patel"], ids["no_period"]]))
    set_archived([ids["archived"]], True)
    close_journal()
    return ids


def test_due_lists_the_most_overdue_first_with_networks_last_contact_and_period(
    journal_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    today = dt.date.today()
    build(journal_path, today)
    assert main(["due"]) == 0
    lines = capsys.readouterr().out.splitlines()
    okafor, brooks = lines
    assert okafor.startswith("Dr Ada Okafor  ") and brooks.startswith("Alex Brooks  ")
    assert okafor.endswith("3 days overdue")
    assert f"last in touch {short(today - dt.timedelta(days=17))}" in okafor
    assert "every 14 days" in okafor and "Academic support" not in okafor
    assert brooks.endswith("due today")
    assert "Academic support" in brooks and "every 90 days (Academic support)" in brooks
    assert okafor.index("every") == brooks.index("every")  # columns line up


def test_due_within_days_adds_those_falling_due_soon(
    journal_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build(journal_path, dt.date.today())
    assert main(["due", "--within", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    assert lines[-1].startswith("Sam Patel") and lines[-1].endswith("due in 2 days")
    assert main(["due", "--within", "1"]) == 0
    assert "Sam Patel" not in capsys.readouterr().out


def test_due_json_gives_every_field_for_scripts(
    journal_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    today = dt.date.today()
    ids = build(journal_path, today)
    assert main(["due", "--json", "--within", "2"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload[0] == {
        "person_id": ids["okafor"],
        "name": "Dr Ada Okafor",
        "networks": [],
        "last_contact": days_ago(today, 17).isoformat(sep=" "),
        "period_days": 14,
        "period_from": "",
        "due_on": (today - dt.timedelta(days=3)).isoformat(),
        "days_overdue": 3,
    }
    assert [(row["name"], row["days_overdue"]) for row in payload] == [
        ("Dr Ada Okafor", 3),
        ("Alex Brooks", 0),
        ("Sam Patel", -2),
    ]
    assert payload[1]["networks"] == ["Academic support"]
    assert payload[1]["period_from"] == "Academic support"


def test_when_nobody_is_due_it_says_so_and_succeeds(
    journal_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_journal(journal_path)
    person = create_person(PersonData(display_name="Sam Patel", keep_in_touch_days=30))
    create_entry(EntryData(days_ago(dt.date.today(), 1), participant_ids=[person]))
    close_journal()
    assert main(["due"]) == 0
    assert capsys.readouterr().out == "nobody is due — everyone is in touch\n"
    assert main(["due", "--within", "7"]) == 0
    assert capsys.readouterr().out == "nobody is due in the next 7 days — everyone is in touch\n"
    assert main(["due", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_due_on_a_missing_journal_is_a_user_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(tmp_path / "none"), "due"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no journal" in err


def test_a_negative_window_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["due", "--within", "-3"])
    assert exit_info.value.code == 2
    assert "negative" in capsys.readouterr().err


def test_due_columns_line_up_for_wide_and_combining_letters(
    journal_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    today = dt.date.today()
    open_journal(journal_path)
    for name in ("王小明", "Zoe\u0301 Lam", "Ana Silva"):
        person = create_person(PersonData(display_name=name, keep_in_touch_days=7))
        create_entry(EntryData(days_ago(today, 10), participant_ids=[person]))
    close_journal()
    assert main(["due"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    # Where "no network" starts on screen: wide letters take two columns, a combining accent none.
    columns = {line.split("  ")[0].strip(): line.index("—") for line in lines}
    assert columns == {"Ana Silva": 11, "王小明": 8, "Zoe\u0301 Lam": 12}
