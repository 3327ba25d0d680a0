"""Markdown dossiers of a person and of a network: the five questions, the story, safe text."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from networkjournal.interop.dossier import network_dossier, network_named, person_dossier
from networkjournal.interop.markdown import escape_block, escape_inline
from networkjournal.store.facts import DisclosureData, FactData, create_disclosure, create_fact
from networkjournal.store.journal import EntryData, create_entry
from networkjournal.store.networks import list_networks
from networkjournal.store.organisations import MemberData, OrganisationData, create_organisation
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.people import (
    ContactMethodData,
    NetworkRole,
    PersonData,
    create_person,
    move_to_trash,
    set_archived,
)
from networkjournal.store.relationships import RelationshipData, create_relationship
from networkjournal.store.tags import set_person_tags
from networkjournal.store.topics import TopicData, TopicMember, create_topic

TODAY = dt.date(2026, 11, 25)
HOSTILE = "<b>Dr</b> *Ana* [Silva](https://evil.example) # `x` | ~~y~~ &amp;"


@pytest.fixture
def ana(journal: Path) -> int:
    """A supervisor with something in every section of her dossier."""
    academic = next(n.id for n in list_networks() if n.name == "Academic support")
    ben = create_person(PersonData(display_name="Ben Okafor"))
    ana = create_person(
        PersonData(
            given_name="Ana",
            family_name="Silva",
            display_name="Ana Silva",
            nickname="Dr S",
            headline="Consultant cardiologist",
            birthday=PartialDate.from_iso("--09-23"),
            met_on=PartialDate.from_iso("2024-10"),
            met_at="Cardiology taster day",
            introduced_by_id=ben,
            closeness=4,
            knows_me=2,
            is_referee=True,
            referee_note="My audit and the poster",
            notes="Prefers email.\nOffice hours on Tuesdays.",
            networks=[NetworkRole(academic, "supervisor")],
            contacts=[ContactMethodData("email", "ana.silva@example.org", "work", True)],
        )
    )
    create_fact(FactData(ana, "Runs marathons", "interest", dt.date(2025, 4, 1)))
    create_fact(FactData(ana, "Moving to Leeds next year", "career"))
    create_disclosure(DisclosureData(ana, "I want to apply for cardiology", dt.date(2025, 5, 2)))
    create_disclosure(
        DisclosureData(ana, "Presented the audit at grand round", dt.date(2025, 6, 3), True)
    )
    create_topic(
        TopicData(
            "Heart failure readmissions audit",
            "audit",
            "active",
            people=[TopicMember(ana, "supervisor")],
        )
    )
    create_relationship(RelationshipData(ana, ben, "colleague", "Same firm"))
    set_person_tags(ana, ["referee", "cardiology"])
    create_organisation(
        OrganisationData("St Thomas' Hospital", "hospital", members=[MemberData(ana, "consultant")])
    )
    create_entry(
        EntryData(
            dt.datetime(2025, 6, 3, 12, 0),
            kind="meeting",
            title="Audit results",
            location="Cardiac day unit",
            notes="## Agenda\n\n- results\n- next steps\n\nShe said: **well done**.\n---\n",
            participant_ids=[ana],
        )
    )
    create_entry(
        EntryData(
            dt.datetime(2024, 10, 10, 9, 0),
            kind="meeting",
            title="First meeting",
            participant_ids=[ana],
        )
    )
    return ana


def headings(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("#")]


def test_person_dossier_answers_the_five_questions_then_tells_the_story(ana: int) -> None:
    text = person_dossier(ana, TODAY)
    assert headings(text)[:7] == [
        "# Ana Silva — Consultant cardiologist",
        "## Who they are",
        "### Who they know",
        "### Notes",
        "## What I know about them",
        "### Interest",
        "### Career",
    ]
    assert headings(text)[7:] == [
        "## How well they know me",
        "## What they know about me",
        "### What I have told them",
        "### What they have seen me do",
        "## What we're learning together",
        "## Journal",
        "### 10 October 2024 — First meeting",
        "### 3 June 2025 — Audit results",
    ]
    for expected in [
        "- Birthday: 23 September",
        "- Met: October 2024, at Cardiology taster day",
        "- Introduced by: Ben Okafor",
        "- Networks: Academic support (supervisor)",
        "- Organisation: St Thomas' Hospital (consultant)",
        "- Tags: cardiology, referee",
        "- Email (work): ana.silva@example.org",
        "- Colleague: Ben Okafor — Same firm",
        "- Runs marathons (1 April 2025)",
        "- They know me: acquaintance",
        "- Closeness: 4 of 5",
        "- Last in touch: 3 June 2025",
        "- I want to apply for cardiology (2 May 2025)",
        "- Presented the audit at grand round (3 June 2025)",
        "**A referee**: My audit and the poster",
        "- **Heart failure readmissions audit** — Audit, active; their role: supervisor",
        "_From Network Journal, 25 November 2026._",
    ]:
        assert expected in text.splitlines(), expected


def test_entry_notes_keep_their_lines_but_cannot_become_headings(ana: int) -> None:
    text = person_dossier(ana, TODAY)
    story = text[text.index("### 3 June 2025") :]
    assert "_Meeting at Cardiac day unit with Ana Silva_" in story
    assert "\\#\\# Agenda" in story
    assert "- results  \n- next steps" in story
    assert "She said: \\*\\*well done\\*\\*.  \n\\---" in story


def test_user_text_cannot_make_links_html_or_headings(journal: Path) -> None:
    hostile = create_person(
        PersonData(display_name=HOSTILE, headline="# boss", notes="<script>x</script>\n===")
    )
    text = person_dossier(hostile, TODAY)
    first = text.splitlines()[0]
    assert first.startswith("# \\<b\\>Dr\\</b\\> \\*Ana\\* \\[Silva\\](https://evil.example)")
    assert "— \\# boss" in first
    assert "<script>" not in text and "\\<script\\>x\\</script\\>  \n\\===" in text
    unescaped = re.sub(r"\\.", "", text)
    assert not re.search(r"[<>\[\]*`|~&]", unescaped.replace("**A referee**", ""))


def test_network_dossier_lists_everyone_but_the_trash_briefly(ana: int) -> None:
    academic = network_named("ACADEMIC SUPPORT")
    assert academic is not None
    extra = create_person(
        PersonData(
            display_name="Zoe Archer",
            networks=[NetworkRole(academic, "demonstrator")],
            contacts=[ContactMethodData("phone", "+44 7700 900123")],
        )
    )
    gone = create_person(PersonData(display_name="Gone Person", networks=[NetworkRole(academic)]))
    set_archived([extra], True)
    move_to_trash([gone])
    text = network_dossier(academic, TODAY)
    assert text.splitlines()[:5] == [
        "# Academic support",
        "",
        "Tutors, supervisors, lecturers, demonstrators and doctors.",
        "",
        "_From Network Journal, 25 November 2026. 2 people._",
    ]
    people = [line for line in text.splitlines() if line.startswith("- ")]
    assert people == [
        "- **Ana Silva** (supervisor) — Consultant cardiologist · last in touch 3 June 2025"
        " · ana.silva@example.org",
        "- **Zoe Archer** (demonstrator) · no entries yet · +44 7700 900123 · archived",
    ]


def test_unknown_person_or_network_is_a_lookup_error(journal: Path) -> None:
    with pytest.raises(LookupError, match="no person with id 404"):
        person_dossier(404)
    with pytest.raises(LookupError, match="no network with id 404"):
        network_dossier(404)
    assert network_named("Rowing club") is None


def test_someone_with_nothing_recorded_gets_a_short_honest_dossier(journal: Path) -> None:
    nobody = create_person(PersonData(display_name="New Face"))
    text = person_dossier(nobody, TODAY)
    assert text.count("Nothing recorded yet.") == 4
    assert "No journal entries with them yet." in text
    assert "- Last in touch: no journal entries yet" in text


def test_escape_inline_makes_one_line_and_escape_block_keeps_paragraphs() -> None:
    assert escape_inline("a  *b*\n# c") == "a \\*b\\* \\# c"
    assert escape_block("one\ntwo\n\n\nthree\r\n- four") == "one  \ntwo\n\nthree  \n- four"
    assert escape_block("Title\n---") == "Title  \n\\---"
    assert escape_block("   \n\n") == ""
