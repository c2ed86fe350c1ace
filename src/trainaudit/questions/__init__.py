"""The questions a rights holder would send a provider about one summary, each with its evidence.

A summary's findings (the rule packs) and its catalogue matches become a
numbered list of questions in five topics:

1. ``works``: which of the holder's works were used (matched works, datasets
   whose manifests contain the holder's works, the holder's crawled domains),
   and a request to list every one (needs a catalogue);
2. ``sources``: how the data was obtained, per source the summary declares
   (crawled, public datasets, licensed and private data, user data, other
   sources), and the specific items it leaves vague;
3. ``copies``: how many copies were made and kept, where, and until when;
4. ``opt-out``: for each of the holder's reservations of rights in force
   during the collection, and for the opt-out findings of the Code of
   Practice and rightsholder packs: how it was honoured, or why not;
5. ``gaps``: one question per mandatory item of sections 2 and 3 that the
   summary leaves missing, unknown or incomplete (eu-template errors and
   warnings), quoting what it says.

Each finding is asked about once. Without a catalogue only the general forms
of topics 2 to 5 are produced, and the set says that work-level questions
need one.

The modules: ``model`` (the questions as data), ``build`` (``build_questions``),
one module per topic (``works``, ``sources``, ``copies``, ``opt_out`` with
``reservations``, ``gaps``), the renderers ``markdown`` and ``json_form``, and
the helpers they share (``builder``, ``document``, ``findings``, ``items``,
``evidence``, ``references``, ``wording``).
"""

from __future__ import annotations

from trainaudit.questions.build import EVIDENCE_LIMIT, NO_CATALOGUE_NOTE, build_questions
from trainaudit.questions.json_form import QUESTIONS_VERSION, questions_json
from trainaudit.questions.markdown import MARKDOWN_REFERENCES, md_text, questions_markdown
from trainaudit.questions.model import (
    TOPIC_TITLES,
    CatalogueMatch,
    FindingRef,
    Question,
    QuestionSet,
    Quote,
    ReservationRef,
    Topic,
    WorkRef,
)
from trainaudit.questions.wording import QUOTE_LIMIT
from trainaudit.questions.works import LISTED_WORKS

__all__ = [
    "EVIDENCE_LIMIT",
    "LISTED_WORKS",
    "MARKDOWN_REFERENCES",
    "NO_CATALOGUE_NOTE",
    "QUESTIONS_VERSION",
    "QUOTE_LIMIT",
    "TOPIC_TITLES",
    "CatalogueMatch",
    "FindingRef",
    "Question",
    "QuestionSet",
    "Quote",
    "ReservationRef",
    "Topic",
    "WorkRef",
    "build_questions",
    "md_text",
    "questions_json",
    "questions_markdown",
]
