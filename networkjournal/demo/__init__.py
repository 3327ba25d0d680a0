"""Example journals: a medical student's network to explore, and big ones to measure.

:func:`build_demo` fills an empty journal with a hand-written cast of about
sixty people and a few hundred journal entries, with follow-ups, from their
first week at university to yesterday, and answers the five questions for
them: what the student knows about each (facts), what each knows about the
student (disclosures), what they learn together (topics), and who belongs
where and knows whom (organisations, relationships, tags), with the
important dates coming up and the keep-in-touch reminders due;
:func:`generate_journal` makes one of any size for benchmarks.
Both are deterministic: the same seed and ``today`` give the same journal.
"""

from __future__ import annotations

from networkjournal.demo.builder import build_demo
from networkjournal.demo.generator import generate_journal

__all__ = ["build_demo", "generate_journal"]
