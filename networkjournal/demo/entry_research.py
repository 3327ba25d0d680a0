"""The demo student's research story: the project with Prof Krishnan, and the audit.

Supervisions with Prof Krishnan follow the "Supervision meeting" template
(Agenda / Feedback / Agreed actions) from the first meeting to last week's;
the re-audit of IBD clinic letters runs from Dr Banerjee's introduction to
the department audit meeting.
"""

from __future__ import annotations

from networkjournal.demo.entry_story import SUPERVISION, Beat, Todo, supervision_notes

_LAB = "Cardiovascular research centre, St Thomas' Campus"
_STROBE = "https://www.equator-network.org/reporting-guidelines/strobe/"


_PROJECT: tuple[Beat, ...] = (
    Beat(
        "research_email",
        "met:krishnan",
        -6,
        "message",
        ("okafor",),
        "Dr Okafor forwarded my research email",
        "Dr Okafor forwarded my email about a summer research project to Prof Krishnan, "
        "with a kind line about me. **Reply within a day** if he answers.",
    ),
    Beat(
        "supervision_first",
        "met:krishnan",
        0,
        "supervision",
        ("krishnan",),
        "First meeting with Prof Krishnan",
        supervision_notes(
            "- what I'm interested in, and why cardiology\n- possible projects in the lab",
            "- he liked that I'd read the lab's last paper before coming\n"
            "- a *secondary analysis* of the trial's echo data would suit a student: "
            "a real question, and no new participants",
            "- [x] read the two review papers he sent\n- [x] draft a one-page proposal\n"
            "- [ ] lab induction with his postdoc",
        ),
        _LAB,
        SUPERVISION,
        todos=(
            Todo("Read the two review papers Prof Krishnan sent", ("entry", 7), 5, "krishnan"),
            Todo("Draft a one-page project proposal", ("entry", 14), 12, "krishnan"),
        ),
    ),
    Beat(
        "lab_induction",
        "met:zielinska",
        0,
        "meeting",
        ("zielinska",),
        "Lab induction with Kasia",
        "Kasia ran my lab induction: safety, the freezer map, and how to keep a lab book "
        "**properly** (date every page, never tear one out).\n\n"
        "- online GCP course before touching any trial data\n- ask about the echo dataset",
        "Cardiovascular lab, St Thomas' Campus",
    ),
    Beat(
        "supervision_proposal",
        "met:krishnan",
        28,
        "supervision",
        ("krishnan", "zielinska"),
        "Supervision: project proposal",
        supervision_notes(
            "- the one-page proposal\n- which echo measures we can use",
            "- **the aim is too broad**: LV mass as the one primary outcome\n"
            "- Kasia: the dataset is pseudonymised and stays on the trust drive",
            "- [x] rewrite the aims in two sentences\n- [x] data access form to Kasia\n"
            f"- [ ] read the [STROBE checklist]({_STROBE})",
        ),
        _LAB,
        SUPERVISION,
    ),
    Beat(
        "coffee_lab",
        "met:chen",
        20,
        "coffee",
        ("zielinska", "chen"),
        "Coffee with Kasia and Xiaowen",
        "Coffee with Kasia and Xiaowen, talked about the research project and whether a "
        "student can realistically get a paper out of it. Kasia: yes, if I write a little "
        "every week. Xiaowen offered her R scripts for the echo data.",
        "the Guy's Campus coffee cart",
    ),
    Beat(
        "supervision_methods",
        "met:krishnan",
        63,
        "supervision",
        ("krishnan",),
        "Supervision: methods and data",
        supervision_notes(
            "- data cleaning so far\n- the statistical analysis plan",
            "- good progress; missing data needs a paragraph, not a footnote\n"
            "- reuse the lab's R scripts rather than starting again",
            "- [x] write the statistical analysis plan\n"
            "- [x] ask the clinical librarian about a literature search",
        ),
        _LAB,
        SUPERVISION,
    ),
    Beat(
        "search_strategy",
        "met:lau",
        0,
        "meeting",
        ("lau",),
        "Search strategy with Jenny",
        "Jenny built the search strategy for the systematic review with me: MEDLINE and "
        "Embase, subject headings first, then free text.\n\n"
        "- **1,214** records before de-duplication\n- screen titles in pairs, blind",
        "the Maughan Library",
        todos=(
            Todo("Run the Embase search and export to Rayyan", ("entry", 10), 8, "lau"),
            Todo("Re-run the searches before submission", None, None, "lau"),
        ),
    ),
    Beat(
        "supervision_results",
        "met:krishnan",
        105,
        "supervision",
        ("krishnan", "zielinska"),
        "Supervision: first results",
        supervision_notes(
            "- first results\n- the research day poster",
            "- the association holds after adjustment; **don't oversell it**\n"
            "- one clear figure beats four busy ones",
            "- [x] redo Figure 2 as a single panel\n- [x] poster draft by the end of the month",
        ),
        _LAB,
        SUPERVISION,
        todos=(Todo("Send the poster draft to Prof Krishnan", ("entry", 21), 18, "krishnan"),),
    ),
    Beat(
        "poster",
        "met:krishnan",
        130,
        "other",
        ("krishnan", "zielinska", "chen"),
        "Poster at the research day",
        "Presented the research project poster. Prof Krishnan brought two colleagues over "
        "to hear it.\n\n- a cardiologist from Guy's asked about the echo methods\n"
        "- Xiaowen took photos for the lab website",
        "Great Hall, Guy's Campus",
    ),
    Beat(
        "supervision_abstract",
        "met:krishnan",
        150,
        "supervision",
        ("krishnan",),
        "Supervision: conference abstract",
        supervision_notes(
            "- abstract for the British Cardiovascular Society conference\n- authorship",
            "- 250 words is less than you think: one sentence of background\n"
            "- authors: me first, Xiaowen, Kasia, Prof Krishnan last",
            "- [x] send the abstract round all authors\n- [x] submit before the deadline",
        ),
        _LAB,
        SUPERVISION,
        todos=(
            Todo("Submit the abstract to the British Cardiovascular Society", ("entry", 12), 10),
        ),
    ),
    Beat(
        "supervision_paper",
        "met:krishnan",
        200,
        "supervision",
        ("krishnan", "zielinska"),
        "Supervision: from abstract to paper",
        supervision_notes(
            "- abstract accepted as a poster!\n- turning it into a paper",
            "- limitations come first in the discussion, not last\n"
            "- pick the journal before writing: look at the "
            "[BMJ's author resources](https://www.bmj.com/about-bmj/resources-authors)",
            "- [x] outline the paper with headings\n- [x] first draft of the methods",
        ),
        _LAB,
        SUPERVISION,
    ),
    Beat(
        "supervision_draft",
        "met:krishnan",
        250,
        "supervision",
        ("krishnan",),
        "",
        supervision_notes(
            "- draft v1\n- co-authors",
            "- introduction too long: three paragraphs, not six\n- methods are clear; keep them",
            "- [x] cut the introduction\n- [x] circulate v1 to co-authors",
        ),
        _LAB,
        SUPERVISION,
        todos=(Todo("Circulate draft v1 to co-authors", ("entry", 10), 12, "zielinska"),),
    ),
    Beat(
        "supervision_statistics",
        "met:krishnan",
        300,
        "supervision",
        ("krishnan", "chen"),
        "Supervision: statistics",
        supervision_notes(
            "- reviewer-proofing the statistics\n- sensitivity analyses",
            "- Xiaowen: report the model checks in a supplement\n"
            "- Prof Krishnan: **a clear table 1 wins reviewers over**",
            "- [x] supplement with the model checks\n- [ ] sensitivity analysis without outliers",
        ),
        "Teams",
        SUPERVISION,
    ),
    Beat(
        "supervision_latest",
        "today",
        -5,
        "supervision",
        ("krishnan", "zielinska"),
        "Supervision: paper draft v3",
        supervision_notes(
            "- co-authors' comments on v3\n- the sensitivity analysis\n"
            "- referees for the academic foundation programme",
            "- the discussion is much better; **submit within the month**\n"
            "- Prof Krishnan is happy to be a referee for the AFP",
            "- [ ] revised discussion to Prof Krishnan\n"
            "- [ ] re-run the sensitivity analysis with Xiaowen\n"
            "- [ ] send him the AFP person specification",
        ),
        _LAB,
        SUPERVISION,
        todos=(
            Todo("Send the revised discussion to Prof Krishnan", ("today", 0), None, "krishnan"),
            Todo("Re-run the sensitivity analysis with Xiaowen", ("today", 6), None, "chen"),
            Todo("Send Prof Krishnan the AFP person specification", None, None, "krishnan"),
        ),
    ),
)

_AUDIT: tuple[Beat, ...] = (
    Beat(
        "audit_intro",
        "met:hussain",
        0,
        "coffee",
        ("hussain", "banerjee"),
        "Coffee with Dr Hussain and Dr Banerjee: the IBD audit",
        "Dr Banerjee introduced me to Dr Hussain, who needs a student for a **re-audit of "
        "IBD clinic letters**.\n\n- standard: clinic letter to the GP within 14 days\n"
        "- first cycle last year: 61% met it\n"
        "- three months of clinics; letter dates only, no clinical details copied out",
        "the hospital canteen, King's College Hospital",
        todos=(
            Todo(
                "Register the re-audit with the clinical governance team",
                ("entry", 7),
                6,
                "hussain",
            ),
        ),
    ),
    Beat(
        "audit_kwame",
        "met:hussain",
        14,
        "coffee",
        ("hussain", "kwame"),
        "Coffee with Dr Hussain and Kwame, talked about the audit",
        "Kwame will collect half the audit data.\n\n"
        "- data sheet: clinic date, letter date, GP copied in; **nothing identifiable**\n"
        "- the spreadsheet stays on the trust drive\n- aim to finish collecting in four weeks",
        "the hospital canteen, King's College Hospital",
        todos=(
            Todo(
                "Share the audit data sheet with Kwame on the trust drive", ("entry", 3), 2, "kwame"
            ),
        ),
    ),
    Beat(
        "audit_data",
        "met:hussain",
        45,
        "meeting",
        ("hussain", "kwame"),
        "Audit data check",
        "Went through the audit data with Dr Hussain: 142 letters, **79%** within 14 days, "
        "up from 61%.\n\n- the delays cluster in one clinic: a typing backlog\n"
        "- present at the department audit meeting next month",
        "Gastroenterology office, King's College Hospital",
    ),
    Beat(
        "audit_presented",
        "met:hussain",
        75,
        "meeting",
        ("hussain", "banerjee"),
        "Presented the re-audit at the gastro audit meeting",
        "Presented the re-audit of IBD clinic letters. Two consultants asked questions; "
        "Dr Hussain said it was the clearest audit talk this year.\n\n"
        "- recommendation: a weekly list of letters outstanding\n"
        "- re-audit in a year (someone else's turn)\n"
        "- [HQIP on the audit cycle](https://www.hqip.org.uk/)",
        "Seminar room, King's College Hospital",
        todos=(
            Todo("Add the audit presentation to my portfolio", ("entry", 14), 5),
            Todo(
                "Ask Dr Hussain for a certificate of audit participation",
                ("entry", 21),
                None,
                "hussain",
            ),
        ),
    ),
    Beat(
        "audit_write_up",
        "today",
        -12,
        "message",
        ("hussain",),
        "Re-audit write-up",
        "Dr Hussain asked for the audit slides and a one-page summary for the department "
        "newsletter.",
        todos=(
            Todo(
                "Email Dr Hussain the re-audit slides and summary", ("today", -4), None, "hussain"
            ),
        ),
    ),
)


def research_beats() -> list[Beat]:
    """Return the beats of the research project and the audit."""
    return [*_PROJECT, *_AUDIT]
