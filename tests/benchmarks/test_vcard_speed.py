"""10,000 cards: our reader turns them into contacts faster than vobject merely parses them.

Run on demand: ``.venv/bin/pytest -q -s tests/benchmarks/test_vcard_speed.py``
(tests/benchmarks is left out of the normal run).
"""

from __future__ import annotations

import time

import pytest

from networkjournal.interop.vcard import VCardPerson, read_vcards, write_vcards
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.people import ContactMethodData

pytestmark = pytest.mark.benchmark

CARDS = 10_000


def address_book() -> list[VCardPerson]:
    """A phone's worth of ordinary cards: names, three ways to reach, tags, a note, kept lines."""
    return [
        VCardPerson(
            uid=f"urn:uuid:00000000-0000-4000-8000-{i:012d}",
            given_name=f"Given{i}",
            family_name=f"Family{i}",
            nickname="Nick",
            headline="Registrar, cardiology",
            organisations=["St Elsewhere; Ward 3"],
            birthday=PartialDate(None, 3, 4 + i % 20),
            notes=f"Met at the conference.\nLikes tea, not coffee; {i}",
            contacts=[
                ContactMethodData("email", f"person{i}@example.org", "work"),
                ContactMethodData("phone", f"+44 20 7946 {i % 10_000:04d}", "cell", True),
                ContactMethodData("linkedin", f"https://www.linkedin.com/in/person-{i}"),
            ],
            categories=["Work", "Conference 2024"],
            extra=["ADR;TYPE=home:;;1 Main St;Town;;12345;UK", "X-CUSTOM;TYPE=x:value"],
        )
        for i in range(CARDS)
    ]


def best_of(runs: int, work: object) -> float:
    assert callable(work)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_reading_10000_cards_is_faster_than_vobject_parsing_them(version: str) -> None:
    vobject = pytest.importorskip("vobject")
    text = write_vcards(address_book(), version)
    data = text.encode("utf-8")
    result = read_vcards(data, "big.vcf")
    assert len(result.contacts) == CARDS and result.errors == []

    ours = best_of(3, lambda: read_vcards(data, "big.vcf"))
    theirs = best_of(1, lambda: sum(1 for _ in vobject.readComponents(text)))
    print(
        f"\n{CARDS} cards, vCard {version}, {len(data) / 1e6:.1f} MB: "
        f"read_vcards {ours:.2f} s, vobject.readComponents {theirs:.2f} s"
    )
    assert ours < theirs


def test_importing_10000_cards_is_faster_than_vobject_parsing_them(journal) -> None:
    """The whole import — read, match, save in one transaction — against vobject's parse alone."""
    from networkjournal.store import people
    from networkjournal.store.import_plan import plan_import
    from networkjournal.store.importer import apply_import

    vobject = pytest.importorskip("vobject")
    text = write_vcards(address_book(), "4.0")
    data = text.encode("utf-8")

    start = time.perf_counter()
    summary = apply_import(plan_import(read_vcards(data, "big.vcf")))
    ours = time.perf_counter() - start
    theirs = best_of(1, lambda: sum(1 for _ in vobject.readComponents(text)))
    print(
        f"\nimport of {CARDS} cards into an empty journal {ours:.2f} s, "
        f"vobject.readComponents alone {theirs:.2f} s"
    )
    assert len(summary.created) == CARDS and len(people.person_names()) == CARDS
    assert ours < theirs
