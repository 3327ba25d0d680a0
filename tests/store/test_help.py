"""Who can help with …: matching facts, roles, headlines, topics and organisations, and ranking."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from networkjournal.store.facts import FactData, create_fact, delete_fact, update_fact
from networkjournal.store.help import HelpHit, query_words, who_can_help
from networkjournal.store.networks import network_order
from networkjournal.store.organisations import MemberData, OrganisationData, create_organisation
from networkjournal.store.people import (
    NetworkRole,
    PersonData,
    create_person,
    move_to_trash,
    set_archived,
)
from networkjournal.store.topics import TopicData, TopicMember, create_topic


def add(name: str, **fields: Any) -> int:
    return create_person(PersonData(display_name=name, **fields))


def academic(role: str) -> list[NetworkRole]:
    return [NetworkRole(network_order()[2], role)]  # Social, Personal support, Academic support


def hits(text: str, **options: Any) -> dict[int, HelpHit]:
    return {hit.person_id: hit for hit in who_can_help(text, **options)}


def order(text: str) -> list[str]:
    return [hit.name for hit in who_can_help(text)]


@pytest.fixture
def cast(journal: Path) -> dict[str, int]:
    """A consultant into cardiology, a registrar supervising an audit, a society president."""
    consultant = add("Dr Ada Okafor", headline="Consultant physician", closeness=2)
    create_fact(FactData(consultant, "Interested in cardiology", "interest"))
    registrar = add("Ben Hale", headline="Medical registrar", networks=academic("supervisor"))
    create_topic(
        TopicData("Sepsis audit", "audit", "active", people=[TopicMember(registrar, "supervisor")])
    )
    president = add("Cara Diaz", headline="Fourth-year student")
    create_organisation(
        OrganisationData(
            "Cardiology Society", "society", members=[MemberData(president, "president")]
        )
    )
    add("Dan Nobody", headline="Flatmate")
    return {"consultant": consultant, "registrar": registrar, "president": president}


def test_a_fact_is_a_reason(cast: dict[str, int]) -> None:
    found = hits("cardiology")
    assert found[cast["consultant"]].reasons == ("Fact: Interested in cardiology",)
    assert found[cast["consultant"]].name == "Dr Ada Okafor"
    assert found[cast["consultant"]].headline == "Consultant physician"


def test_an_organisation_and_a_role_in_it_are_reasons(cast: dict[str, int]) -> None:
    assert hits("cardiology")[cast["president"]].reasons == (
        "Member of Cardiology Society (president)",
    )
    assert set(hits("president")) == {cast["president"]}


def test_a_topic_and_a_role_on_it_are_reasons(cast: dict[str, int]) -> None:
    found = hits("sepsis")
    assert set(found) == {cast["registrar"]}
    assert found[cast["registrar"]].reasons == ("Topic: Sepsis audit (supervisor)",)


def test_a_network_role_and_a_headline_are_reasons(cast: dict[str, int]) -> None:
    registrar = hits("supervisor")[cast["registrar"]]
    assert set(registrar.reasons) == {
        "Role in Academic support: supervisor",
        "Topic: Sepsis audit (supervisor)",
    }
    assert hits("registrar")[cast["registrar"]].reasons == ("Headline: Medical registrar",)


def test_words_match_as_the_start_of_words_whatever_case_and_accents(
    cast: dict[str, int],
) -> None:
    assert set(hits("CARDIO")) == {cast["consultant"], cast["president"]}
    assert set(hits("cärdïölogy")) == {cast["consultant"], cast["president"]}
    assert hits("ology") == {}  # the middle of a word is not its start
    ines = add("Inês")
    create_fact(FactData(ines, "Runs a café in Kraków"))
    assert set(hits("cafe krakow")) == {ines}


def test_every_word_must_match_somewhere_about_the_person(cast: dict[str, int]) -> None:
    assert hits("cardiology sepsis") == {}
    both = add("Eve Both")
    create_fact(FactData(both, "Cardiology research"))
    create_topic(TopicData("Sepsis QIP", "qip", people=[TopicMember(both, "lead")]))
    found = hits("cardiology sepsis")
    assert set(found) == {both}
    assert found[both].reasons == ("Fact: Cardiology research", "Topic: Sepsis QIP (lead)")


def test_small_words_are_left_out_unless_they_are_all_there_is(cast: dict[str, int]) -> None:
    assert query_words("help with the Cardiology") == ["help", "cardiology"]
    assert query_words("in") == ["in"]
    assert query_words("  ?! ") == []
    assert set(hits("with cardiology")) == set(hits("cardiology"))


def test_nothing_to_look_for_finds_nobody(cast: dict[str, int]) -> None:
    assert who_can_help("") == []
    assert who_can_help(" -- ") == []


def test_more_reasons_rank_higher_then_closeness_then_name(journal: Path) -> None:
    many = add("Zed Many")
    create_fact(FactData(many, "Loves statistics"))
    create_fact(FactData(many, "Teaches statistics"))
    close = add("Yan Close", closeness=5)
    create_fact(FactData(close, "Statistics tutor"))
    b_far = add("Bea Far", closeness=1)
    create_fact(FactData(b_far, "Statistics nerd"))
    a_far = add("Abe Far", closeness=1)
    create_fact(FactData(a_far, "Statistics fan"))
    unknown = add("Aaron Unknown")
    create_fact(FactData(unknown, "Statistics"))
    assert order("statistics") == ["Zed Many", "Yan Close", "Abe Far", "Bea Far", "Aaron Unknown"]
    scores = [hit.score for hit in who_can_help("statistics")]
    assert scores[0] > scores[1] == scores[4]


def test_a_reason_matching_more_words_ranks_higher(journal: Path) -> None:
    one = add("Ann One")
    create_fact(FactData(one, "Cardiology research"))
    create_topic(TopicData("Research", people=[TopicMember(one)]))
    create_fact(FactData(one, "Cardiology"))
    two = add("Bob Two")
    create_fact(FactData(two, "Cardiology research"))
    create_fact(FactData(two, "Cardiology research grant"))
    create_fact(FactData(two, "Research"))
    # Both have three reasons; Bob's match five words between them, Ann's four.
    found = who_can_help("cardiology research")
    assert [hit.name for hit in found] == ["Bob Two", "Ann One"]
    assert found[0].reasons[:2] == ("Fact: Cardiology research", "Fact: Cardiology research grant")


def test_people_in_the_trash_are_left_out_and_archived_people_come_last(
    cast: dict[str, int],
) -> None:
    keen = add("Keen Archived")
    for text in ("Cardiology", "Cardiology nurse", "Cardiology ward"):
        create_fact(FactData(keen, text))
    set_archived([keen], True)
    move_to_trash([cast["president"]])
    found = who_can_help("cardiology")
    assert [hit.person_id for hit in found] == [cast["consultant"], keen]
    assert [hit.archived for hit in found] == [False, True]
    assert found[1].score > found[0].score


def test_the_limit_keeps_the_best(journal: Path) -> None:
    for n in range(5):
        person = add(f"Person {n}", closeness=n + 1)
        create_fact(FactData(person, "Knows statistics"))
    assert [hit.name for hit in who_can_help("statistics", limit=2)] == ["Person 4", "Person 3"]


def test_changed_and_deleted_facts_stop_matching(cast: dict[str, int]) -> None:
    ada = cast["consultant"]
    fact = create_fact(FactData(ada, "Plays the oboe"))
    assert set(hits("oboe")) == {ada}
    update_fact(fact, FactData(ada, "Plays the flute"))
    assert hits("oboe") == {}
    assert set(hits("flute")) == {ada}
    delete_fact(fact)
    assert hits("flute") == {}


def test_a_long_fact_is_cut_short_in_its_reason(journal: Path) -> None:
    ada = add("Ada")
    create_fact(FactData(ada, "Statistics " + "and more " * 40))
    (hit,) = who_can_help("statistics")
    assert hit.reasons[0].startswith("Fact: Statistics and more")
    assert hit.reasons[0].endswith("…")
    assert len(hit.reasons[0]) <= len("Fact: ") + 120
