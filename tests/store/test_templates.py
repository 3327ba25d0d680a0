"""Note templates: the seeded ones, and creating, editing, deleting and restoring them."""

from __future__ import annotations

from pathlib import Path

import pytest

from networkjournal.store.db import close_journal, open_journal
from networkjournal.store.errors import ValidationError
from networkjournal.store.journal import KINDS
from networkjournal.store.templates import (
    TemplateInfo,
    create_template,
    delete_template,
    list_templates,
    restore_template,
    update_template,
)

SEEDED = [
    "Supervision meeting",
    "Mentor or tutor meeting",
    "Study session",
    "Society social",
    "Placement contact",
]


def by_name() -> dict[str, TemplateInfo]:
    return {t.name: t for t in list_templates()}


def test_a_new_journal_has_the_five_starting_templates_in_order(journal: Path) -> None:
    templates = list_templates()
    assert [t.name for t in templates] == SEEDED
    assert [t.position for t in templates] == sorted(t.position for t in templates)
    for template in templates:
        assert template.kind in KINDS, template
        assert template.body.strip(), template


def test_the_supervision_template_has_agenda_feedback_and_agreed_actions(journal: Path) -> None:
    supervision = by_name()["Supervision meeting"]
    assert supervision.kind == "supervision"
    body = supervision.body
    assert body.index("Agenda") < body.index("Feedback") < body.index("Agreed actions")


def test_reopening_a_journal_does_not_seed_the_templates_again(journal: Path) -> None:
    delete_template(by_name()["Study session"].id)
    close_journal()
    open_journal(journal)
    assert [t.name for t in list_templates()] == [n for n in SEEDED if n != "Study session"]


def test_create_template_adds_it_at_the_end_with_a_tidy_name(journal: Path) -> None:
    tid = create_template("  Journal   club ", "teaching session", "## Paper\n\n")
    last = list_templates()[-1]
    assert last == TemplateInfo(
        tid,
        "Journal club",
        "teaching session",
        "## Paper\n\n",
        max(t.position for t in list_templates()),
    )
    assert last.position > list_templates()[-2].position


def test_create_template_in_an_empty_list_starts_at_position_zero(journal: Path) -> None:
    for template in list_templates():
        delete_template(template.id)
    tid = create_template("Only", "meeting", "")
    assert list_templates() == [TemplateInfo(tid, "Only", "meeting", "", 0)]


@pytest.mark.parametrize("name", ["supervision MEETING", " Study  session ", "STUDY SESSION"])
def test_a_name_already_taken_ignoring_case_is_refused(journal: Path, name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        create_template(name, "meeting", "")
    assert caught.value.field == "name"
    assert [t.name for t in list_templates()] == SEEDED


def test_blank_name_and_unknown_kind_are_refused(journal: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        create_template("  ", "meeting", "")
    assert caught.value.field == "name"
    with pytest.raises(ValidationError) as caught:
        create_template("Picnic", "picnic", "")
    assert caught.value.field == "kind"
    assert [t.name for t in list_templates()] == SEEDED


def test_update_template_changes_name_kind_and_body_and_keeps_its_place(journal: Path) -> None:
    study = by_name()["Study session"]
    update_template(study.id, "Study  group", "meeting", "New body")
    assert list_templates()[SEEDED.index("Study session")] == TemplateInfo(
        study.id, "Study group", "meeting", "New body", study.position
    )


def test_update_template_may_keep_its_own_name_in_another_case(journal: Path) -> None:
    study = by_name()["Study session"]
    update_template(study.id, "STUDY SESSION", study.kind, study.body)
    assert by_name()["STUDY SESSION"].id == study.id


def test_update_template_refuses_another_templates_name_or_an_unknown_kind(
    journal: Path,
) -> None:
    before = list_templates()
    study = by_name()["Study session"]
    with pytest.raises(ValidationError) as caught:
        update_template(study.id, "society SOCIAL", study.kind, study.body)
    assert caught.value.field == "name"
    with pytest.raises(ValidationError) as caught:
        update_template(study.id, study.name, "picnic", study.body)
    assert caught.value.field == "kind"
    assert list_templates() == before


def test_delete_template_returns_it_and_restore_puts_it_back_in_its_place(
    journal: Path,
) -> None:
    before = list_templates()
    social = by_name()["Society social"]
    deleted = delete_template(social.id)
    assert deleted == social
    assert "Society social" not in by_name()
    restore_template(deleted)
    assert list_templates() == before


def test_delete_of_an_unknown_template_raises_lookup_error(journal: Path) -> None:
    with pytest.raises(LookupError):
        delete_template(9999)
    assert [t.name for t in list_templates()] == SEEDED
