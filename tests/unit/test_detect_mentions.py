"""Mention detection: every label with positive and negative examples, merging, summaries."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from tests.conftest import CORPUS
from trainaudit.detect import (
    LocatedMention,
    Mention,
    build_pipeline,
    detect_mentions,
    load_patterns,
    mentions_in_summary,
)
from trainaudit.detect.pipeline import SPANS_KEY, merge_mentions
from trainaudit.errors import TrainauditError
from trainaudit.models import Evidence, FieldState, FieldValue, SourceInfo, Summary
from trainaudit.summary import read_summary

EXTRA_ORGS = ("Nordlicht Musikverlag", "Aurora Records")


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(extra_orgs=EXTRA_ORGS)


def _of(nlp: Language, text: str, label: str) -> list[Mention]:
    return [m for m in detect_mentions(text, nlp) if m.label == label]


def _values(nlp: Language, text: str, label: str) -> list[str]:
    return [m.normalised for m in _of(nlp, text, label)]


# --- DATASET --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Text from Common Crawl and The Pile.", ["Common Crawl", "The Pile"]),
        ("We filtered commoncrawl and COMMON CRAWL dumps.", ["Common Crawl", "Common Crawl"]),
        ("FineWeb-Edu, FineWeb 2 and RefinedWeb", ["FineWeb-Edu", "FineWeb-2", "RefinedWeb"]),
        ("images from LAION-5B and laion 400m", ["LAION-5B", "LAION-400M"]),
        (
            "books: BookCorpus, Books3, Project Gutenberg",
            ["BooksCorpus", "Books3", "Project Gutenberg"],
        ),
        (
            "MusicCaps, the Lakh MIDI dataset and MAESTRO",
            ["MusicCaps", "Lakh MIDI Dataset", "MAESTRO"],
        ),
        ("code from the Stack v2 and StarCoder data", ["The Stack v2", "StarCoderData"]),
        ("ROOTS, OSCAR and MS COCO", ["ROOTS", "OSCAR", "COCO"]),
        ("Mozilla Common Voice and LibriSpeech", ["Common Voice", "LibriSpeech"]),
    ],
)
def test_dataset_names_and_variants(nlp: Language, text: str, expected: list[str]) -> None:
    assert _values(nlp, text, "DATASET") == expected


def test_hugging_face_dataset_url_gives_its_id(nlp: Language) -> None:
    text = "See https://huggingface.co/datasets/HuggingFaceFW/fineweb-edu/tree/main for details."
    (mention,) = detect_mentions(text, nlp)
    assert mention.label == "DATASET"
    assert mention.normalised == "HuggingFaceFW/fineweb-edu"
    assert mention.pattern_id == "dataset.huggingface_url"
    assert mention.attr("url") == mention.text


@pytest.mark.parametrize(
    "text",
    [
        "a pile of papers and the roots of the tree",
        "Oscar won an oscar; the stack grew; coco butter",
        "the pile",
        "a dolmen and a wiki",
    ],
)
def test_ordinary_words_are_not_datasets(nlp: Language, text: str) -> None:
    assert _of(nlp, text, "DATASET") == []


# --- URL and DOMAIN -----------------------------------------------------------------------


def test_urls_and_bare_domains_give_registrable_domains(nlp: Language) -> None:
    text = (
        "Sources: https://www.statmt.org/europarl/, example.co.uk, www.site.org and "
        "opinnot.example-edu.ee; also data.example.com/files and WWW.Example-Artbase.ORG."
    )
    found = [(m.label, m.normalised) for m in detect_mentions(text, nlp)]
    assert found == [
        ("URL", "statmt.org"),
        ("DOMAIN", "example.co.uk"),
        ("DOMAIN", "site.org"),
        ("DOMAIN", "example-edu.ee"),
        ("URL", "example.com"),
        ("DOMAIN", "example-artbase.org"),
    ]


def test_url_text_excludes_trailing_punctuation(nlp: Language) -> None:
    (mention,) = _of(nlp, "(see https://example.org/a/b).", "URL")
    assert mention.text == "https://example.org/a/b"


@pytest.mark.parametrize(
    "text",
    [
        "robots.txt, ai.txt, llms.txt and tdmrep.json",
        "see README.md and model v1.2 or 3.14",
        "write to lumen@eastmarch-university.fi",
        "the report.For the next",
        "e.g. this, i.e. that",
    ],
)
def test_file_names_versions_and_emails_are_not_domains(nlp: Language, text: str) -> None:
    assert _of(nlp, text, "DOMAIN") == []
    assert _of(nlp, text, "URL") == []


# --- CRAWLER ------------------------------------------------------------------------------


def test_known_crawlers(nlp: Language) -> None:
    text = (
        "GPTBot, ChatGPT-User, ClaudeBot, anthropic-ai, CCBot, Google-Extended, "
        "Applebot-Extended, Bytespider, PerplexityBot, Meta-ExternalAgent and cohere-ai"
    )
    assert _values(nlp, text, "CRAWLER") == [
        "GPTBot",
        "ChatGPT-User",
        "ClaudeBot",
        "anthropic-ai",
        "CCBot",
        "Google-Extended",
        "Applebot-Extended",
        "Bytespider",
        "PerplexityBot",
        "Meta-ExternalAgent",
        "cohere-ai",
    ]


def test_versioned_known_crawler_resolves_to_its_pattern(nlp: Language) -> None:
    (mention,) = _of(nlp, "Crawled by CCBot/2.0 in 2024.", "CRAWLER")
    assert mention.text == "CCBot/2.0"
    assert mention.normalised == "CCBot"
    assert mention.pattern_id == "crawler.ccbot"
    assert mention.attr("version") == "2.0"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("LumenCrawler/1.0 respects robots.txt", "LumenCrawler"),
        ("our NorthwindBot-Image fetcher", "NorthwindBot-Image"),
        ("Acme-Crawler and", "Acme-Crawler"),
        ("the PixelforgeBot user agent", "PixelforgeBot"),
    ],
)
def test_unknown_crawlers_are_found_by_a_generic_pattern(
    nlp: Language, text: str, name: str
) -> None:
    (mention,) = _of(nlp, text, "CRAWLER")
    assert mention.normalised == name
    assert "generic" in mention.pattern_id
    explain = load_patterns().by_id[mention.pattern_id].explain
    assert explain is not None and "generic" in explain


@pytest.mark.parametrize(
    "text",
    [
        "Robot arms and a chatbot",
        "the User-Agent header",
        "a web-crawler and a spider",
        "Bot",
        "GPT Bot",
    ],
)
def test_words_that_are_not_crawlers(nlp: Language, text: str) -> None:
    assert _of(nlp, text, "CRAWLER") == []


# --- OPTOUT_PROTOCOL ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("We honour robots.txt.", "robots.txt"),
        ("the Robots Exclusion Protocol", "robots.txt"),
        ("a TDMRep policy in /.well-known/tdmrep.json", "TDMRep"),
        ("the tdm-reservation header", "TDMRep"),
        ("an ai.txt file", "ai.txt"),
        ("the noai meta tag", "noai"),
        ("noimageai", "noimageai"),
        ("an X-Robots-Tag header", "X-Robots-Tag"),
        ("C2PA manifests", "C2PA"),
        ('a "do not train" flag', "do not train"),
        ("Spawning's Do Not Train registry", "Spawning Do Not Train registry"),
        ("IETF AI preferences (aipref)", "IETF AI preferences"),
        ("an llms.txt file", "llms.txt"),
        ("a machine-readable reservation of rights", "machine-readable opt-out"),
        ("machine readable opt-outs", "machine-readable opt-out"),
    ],
)
def test_opt_out_protocols(nlp: Language, text: str, value: str) -> None:
    assert value in _values(nlp, text, "OPTOUT_PROTOCOL")


@pytest.mark.parametrize(
    "text",
    [
        "robots and humans",
        "the robots of the house",
        "We do not train on user data.",
        "an AI model trained on text",
        "a robots-only area",
    ],
)
def test_words_that_are_not_protocols(nlp: Language, text: str) -> None:
    assert _of(nlp, text, "OPTOUT_PROTOCOL") == []


# --- ORG ------------------------------------------------------------------------------------


def test_known_organisations(nlp: Language) -> None:
    text = "Licensed from Universal Music Group (UMG), Sony Music, GEMA and SACEM; OpenAI too."
    assert _values(nlp, text, "ORG") == [
        "Universal Music Group",
        "Universal Music Group",
        "Sony Music",
        "GEMA",
        "SACEM",
        "OpenAI",
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("from Nordlicht Tonträger GmbH.", "Nordlicht Tonträger GmbH"),
        ("with Acme Widgets, Inc. and", "Acme Widgets, Inc."),
        ("Lucciola AI S.r.l. provides", "Lucciola AI S.r.l."),
        ("Edizioni Rossi S.p.A. owns", "Edizioni Rossi S.p.A."),
        ("Harmonia Labs B.V.", "Harmonia Labs B.V."),
        ("Brightline Media plc", "Brightline Media plc"),
    ],
)
def test_names_ending_in_a_company_suffix(nlp: Language, text: str, name: str) -> None:
    (mention,) = _of(nlp, text, "ORG")
    assert mention.normalised == name
    assert mention.pattern_id == "org.company_suffix"


def test_company_suffix_does_not_swallow_the_next_company(nlp: Language) -> None:
    text = "Sony Music Entertainment Inc. and Acme S.p.A."
    found = [(m.text, m.pattern_id, m.normalised) for m in _of(nlp, text, "ORG")]
    assert found == [
        ("Sony Music Entertainment Inc.", "org.sony_music", "Sony Music"),
        ("Acme S.p.A.", "org.company_suffix", "Acme S.p.A."),
    ]


def test_extra_orgs_are_matched_ignoring_case(nlp: Language) -> None:
    text = "Works of Nordlicht Musikverlag, aurora records and Aurora Records Ltd. were removed."
    found = [(m.text, m.pattern_id, m.normalised) for m in _of(nlp, text, "ORG")]
    assert found == [
        ("Nordlicht Musikverlag", "org.extra", "Nordlicht Musikverlag"),
        ("aurora records", "org.extra", "Aurora Records"),
        ("Aurora Records Ltd.", "org.extra", "Aurora Records"),
    ]


def test_extra_orgs_belong_to_their_pipeline_only() -> None:
    plain = build_pipeline()
    assert _of(plain, "aurora records", "ORG") == []
    assert build_pipeline(extra_orgs=EXTRA_ORGS) is build_pipeline(extra_orgs=list(EXTRA_ORGS))
    assert plain is build_pipeline()
    assert plain is not build_pipeline(extra_orgs=EXTRA_ORGS)


@pytest.mark.parametrize("text", ["the meta tag", "an apple and a google search", "Our Ltd"])
def test_words_that_are_not_organisations(nlp: Language, text: str) -> None:
    assert _of(nlp, text, "ORG") == []


# --- WORK -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "creator"),
    [
        ('We removed "Blue Moon" by Ella Fitzgerald.', "Blue Moon", "Ella Fitzgerald"),
        ("the song 'Yesterday' by The Beatles was", "Yesterday", "The Beatles"),
        ("“Hoppípolla” by Sigur Rós", "Hoppípolla", "Sigur Rós"),
        ("‘Clair de Lune’ by Claude Debussy", "Clair de Lune", "Claude Debussy"),
        ('"Dream a Little Dream" by Ella & Louis', "Dream a Little Dream", "Ella & Louis"),
        ('"Stay", by Rihanna feat. Mikky Ekko.', "Stay", "Rihanna feat. Mikky Ekko"),
        (
            '"Cello Suite No. 1" by Johann Sebastian Bach',
            "Cello Suite No. 1",
            "Johann Sebastian Bach",
        ),
        ('"Adagio" by Ludwig van Beethoven', "Adagio", "Ludwig van Beethoven"),
        ('"Nightswimming". Then we left.', "Nightswimming", None),
        ('"Hello" by the way', "Hello", None),
        ("«Ne me quitte pas» by Jacques Brel", "Ne me quitte pas", "Jacques Brel"),
        ('"Song" By Some Artist', "Song", "Some Artist"),
    ],
)
def test_quoted_works_with_and_without_creator(
    nlp: Language, text: str, title: str, creator: str | None
) -> None:
    (mention,) = _of(nlp, text, "WORK")
    assert mention.normalised == title
    assert mention.attrs == (("title", title), ("creator", creator))


def test_creator_stops_at_the_end_of_the_sentence(nlp: Language) -> None:
    (mention,) = _of(nlp, '"Song" by Some Artist. Then Other People came.', "WORK")
    assert mention.text == '"Song" by Some Artist'


@pytest.mark.parametrize(
    "text",
    [
        "Blue Moon by Ella Fitzgerald",
        'the "noai" tag',
        "Rock 'n' roll",
        'He said " hello " twice',
        'a 12" record and a 7" single',
        "the artists' 'best of' set",
    ],
)
def test_not_works(nlp: Language, text: str) -> None:
    assert _of(nlp, text, "WORK") == []


def test_a_quoted_mention_of_another_label_is_not_a_work(nlp: Language) -> None:
    found = [(m.label, m.text) for m in detect_mentions('We used "Common Crawl" data.', nlp)]
    assert found == [("DATASET", "Common Crawl")]


# --- IDENTIFIER -----------------------------------------------------------------------------


def test_identifiers(nlp: Language) -> None:
    text = (
        "ISRC US-RC1-76-07839, ISWC T-034.524.680-1, ISBN 0-306-40615-2 and "
        "doi:10.1038/Nature12373."
    )
    found = [(m.attr("kind"), m.normalised) for m in _of(nlp, text, "IDENTIFIER")]
    assert found == [
        ("isrc", "USRC17607839"),
        ("iswc", "T0345246801"),
        ("isbn", "9780306406157"),
        ("doi", "10.1038/nature12373"),
    ]


def test_identifiers_with_wrong_check_digits_are_not_found(nlp: Language) -> None:
    assert _of(nlp, "ISBN 978-0-306-40615-8 and ISWC T-034.524.680-2", "IDENTIFIER") == []


# --- DATE, PERIOD, CC_SNAPSHOT ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("in March 2024 we", "2024-03"),
        ("on 2024-03-01.", "2024-03-01"),
        ("dated 31/03/2024", "2024-03-31"),
        ("by Q3 2024", "2024"),
        ("H1 2025", "2025"),
    ],
)
def test_dates(nlp: Language, text: str, iso: str) -> None:
    assert _values(nlp, text, "DATE") == [iso]


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("from January 2023 to March 2024", "2023-01/2024-03", "2023-01", "2024-03"),
        ("collected until June 2025.", "../2025-06", None, "2025-06"),
        ("since 2022", "2022/..", "2022", None),
        ("between 2020 and 2021", "2020/2021", "2020", "2021"),
        ("2018 – December 2025", "2018/2025-12", "2018", "2025-12"),
        ("From 01/2024 to 06/2025", "2024-01/2025-06", "2024-01", "2025-06"),
    ],
)
def test_periods(nlp: Language, text: str, value: str, low: str | None, high: str | None) -> None:
    (mention,) = _of(nlp, text, "PERIOD")
    assert mention.normalised == value
    assert mention.attrs == (("from", low), ("to", high))
    assert _of(nlp, text, "DATE") == []


def test_two_years_joined_by_and_are_not_a_period(nlp: Language) -> None:
    assert _of(nlp, "in 2023 and 2024", "PERIOD") == []
    assert _values(nlp, "in 2023 and 2024", "DATE") == ["2023", "2024"]


def test_common_crawl_with_a_snapshot_id(nlp: Language) -> None:
    text = "We used Common Crawl (CC-MAIN-2024-10, cc-main-2023-50)."
    found = [(m.label, m.normalised) for m in detect_mentions(text, nlp)]
    assert found == [
        ("DATASET", "Common Crawl"),
        ("CC_SNAPSHOT", "CC-MAIN-2024-10"),
        ("CC_SNAPSHOT", "CC-MAIN-2023-50"),
    ]


@pytest.mark.parametrize("text", ["CC-MAIN-2024", "XCC-MAIN-2024-10", "CC-MAIN-2024-10-extra"])
def test_not_snapshot_ids(nlp: Language, text: str) -> None:
    assert _of(nlp, text, "CC_SNAPSHOT") == []


# --- merging overlapping spans ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "mention_text"),
    [
        ("Google-Extended", "CRAWLER", "Google-Extended"),  # not ORG "Google"
        ("the Common Crawl Foundation", "ORG", "Common Crawl Foundation"),  # longer than DATASET
        ("Spawning's Do Not Train registry", "OPTOUT_PROTOCOL", "Spawning's Do Not Train registry"),
        ("X-Robots-Tag header", "OPTOUT_PROTOCOL", "X-Robots-Tag header"),
        ("https://example.org/CC-MAIN-2024-10/x", "URL", "https://example.org/CC-MAIN-2024-10/x"),
    ],
)
def test_longest_span_wins(nlp: Language, text: str, label: str, mention_text: str) -> None:
    found = [(m.label, m.text) for m in detect_mentions(text, nlp)]
    assert found == [(label, mention_text)]


def test_equal_spans_are_settled_by_label_priority_then_specific_patterns() -> None:
    def mention(label: str, pattern_id: str, start: int = 0, end: int = 6) -> Mention:
        return Mention(
            label=label, text="x" * (end - start), start=start, end=end,
            pattern_id=pattern_id, normalised="x",
        )  # fmt: skip

    dataset, org = mention("DATASET", "dataset.x"), mention("ORG", "org.x")
    assert merge_mentions([org, dataset]) == (dataset,)
    generic, specific = mention("CRAWLER", "crawler.generic"), mention("CRAWLER", "crawler.x")
    assert merge_mentions([generic, specific], generic=["crawler.generic"]) == (specific,)
    left, right = mention("URL", "url.a", 0, 4), mention("DATE", "date.a", 3, 9)
    assert merge_mentions([left, right]) == (right,)
    apart = mention("DATE", "date.b", 10, 12)
    assert merge_mentions([apart, left]) == (left, apart)


def test_hugging_face_url_is_a_dataset_not_a_url(nlp: Language) -> None:
    text = "https://huggingface.co/datasets/bigcode/the-stack-v2"
    assert [m.label for m in detect_mentions(text, nlp)] == ["DATASET"]


def test_mixed_text_gives_sorted_non_overlapping_mentions(nlp: Language) -> None:
    text = (
        "Between January 2023 and March 2024 GPTBot/1.1 crawled example.org for OpenAI, "
        'honouring robots.txt; "Blue Moon" by Ella Fitzgerald (ISRC USRC17607839) '
        "appeared in Common Crawl CC-MAIN-2024-10 and https://huggingface.co/datasets/a/b."
    )
    mentions = detect_mentions(text, nlp)
    assert [m.label for m in mentions] == [
        "PERIOD",
        "CRAWLER",
        "DOMAIN",
        "ORG",
        "OPTOUT_PROTOCOL",
        "WORK",
        "IDENTIFIER",
        "DATASET",
        "CC_SNAPSHOT",
        "DATASET",
    ]
    for before, after in itertools.pairwise(mentions):
        assert before.end <= after.start


# --- pipeline -------------------------------------------------------------------------------


def test_pipeline_is_blank_english_with_one_component(nlp: Language) -> None:
    assert nlp.lang == "en"
    assert nlp.pipe_names == ["trainaudit_mentions"]


def test_mentions_are_also_spans_of_the_doc(nlp: Language) -> None:
    doc = nlp("GPTBot read example.org")
    assert [(s.label_, s.text) for s in doc.spans[SPANS_KEY]] == [
        ("CRAWLER", "GPTBot"),
        ("DOMAIN", "example.org"),
    ]


def test_a_model_that_is_not_installed_is_a_clear_error() -> None:
    with pytest.raises(TrainauditError, match="xx_no_such_model_sm"):
        build_pipeline(model="xx_no_such_model_sm")


def test_a_pipeline_without_the_component_is_a_clear_error() -> None:
    with pytest.raises(TrainauditError, match="build_pipeline"):
        detect_mentions("GPTBot", spacy.blank("en"))


def test_custom_patterns_folder(tmp_path: Path) -> None:
    (tmp_path / "mine.yaml").write_text(
        "family: mine\npatterns:\n"
        "  - id: dataset.mine\n    label: DATASET\n    normalised: My Set\n"
        "    phrases: [my set, my-set]\n",
        encoding="utf-8",
    )
    custom = build_pipeline(patterns_dir=tmp_path)
    found = [
        (m.pattern_id, m.normalised) for m in detect_mentions("My-Set and Common Crawl", custom)
    ]
    assert found == [("dataset.mine", "My Set")]


def test_empty_text(nlp: Language) -> None:
    assert detect_mentions("", nlp) == ()


SNIPPETS = (
    '"', "'", "“", "”", "‘", "’", "«", "»", " by ", " ", "\n", ".", "-", "/", ",",
    "Ella", "The", "the", "feat.", "CCBot", "Bot", "/2.0", "GPTBot", "Common Crawl",
    "https://", "www.", "example", ".co.uk", "huggingface.co/datasets/a/b", "CC-MAIN-2024-10",
    "robots.txt", "from", " to ", "until", "March", "2024", "01/03/2024", "Q3", "GmbH",
    "Inc.", "S.p.A.", "ISRC USRC17607839", "978-0-306-40615-7", "10.1038/x", "@", "ü",
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(
    st.one_of(
        st.text(max_size=80),
        st.lists(st.one_of(st.sampled_from(SNIPPETS), st.text(max_size=3)), max_size=25).map(
            "".join
        ),
    )
)
def test_detection_never_raises_and_spans_are_the_text(text: str) -> None:
    mentions = detect_mentions(text, build_pipeline(extra_orgs=EXTRA_ORGS))
    previous_end = 0
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        assert mention.start >= previous_end
        assert mention.normalised
        previous_end = mention.end


# --- summaries ---------------------------------------------------------------------------


def _gold(name: str) -> dict[str, object]:
    gold: dict[str, object] = json.loads((CORPUS / f"{name}.expected.json").read_text("utf-8"))
    return gold


def _by_label(located: tuple[LocatedMention, ...], label: str) -> set[str]:
    return {lm.mention.normalised for lm in located if lm.mention.label == label}


@pytest.mark.parametrize("name", ["lumen7b_tasklist", "northwind_heavy_check_domains"])
def test_mentions_in_a_corpus_summary(nlp: Language, name: str) -> None:
    path = next(p for p in CORPUS.glob(f"{name}.*") if not p.name.endswith(".expected.json"))
    gold = _gold(name)
    located = mentions_in_summary(read_summary(path), nlp)
    domains = _by_label(located, "DOMAIN") | _by_label(located, "URL")
    assert set(gold["crawling.top_domains"]) <= domains  # type: ignore[arg-type]
    crawlers = {str(c).split("/")[0] for c in gold["crawling.crawlers"]}  # type: ignore[attr-defined]
    assert crawlers <= _by_label(located, "CRAWLER")
    assert "robots.txt" in _by_label(located, "OPTOUT_PROTOCOL")
    for lm in located:
        assert lm.quote[lm.mention.start : lm.mention.end] == lm.mention.text
        assert lm.field in gold
    if path.suffix == ".pdf":
        assert all(isinstance(lm.page, int) for lm in located)


def test_datasets_of_a_corpus_summary_keep_their_fields(nlp: Language) -> None:
    located = mentions_in_summary(read_summary(CORPUS / "lumen7b_tasklist.md"), nlp)
    large = {lm.mention.normalised for lm in located if lm.field == "public_datasets.large"}
    assert large >= {
        "FineWeb-2",
        "HuggingFaceFW/fineweb-2",
        "The Stack v2",
        "bigcode/the-stack-v2",
        "Wikipedia",
        "Europarl",
    }
    other = {
        lm.mention.normalised for lm in located if lm.field == "public_datasets.other_description"
    }
    assert other >= {"Project Gutenberg", "EUR-Lex", "arXiv"}
    tdm = _by_label(tuple(lm for lm in located if lm.field == "tdm.measures"), "OPTOUT_PROTOCOL")
    assert tdm == {"robots.txt", "TDMRep", "ai.txt"}


def _summary(*fields: FieldValue) -> Summary:
    source = SourceInfo(path="x.pdf", sha256="0" * 64, media_type="application/pdf", pages=2)
    return Summary(source=source, fields={f.id: f for f in fields})


def test_summary_mentions_are_deduplicated_per_field_and_page(nlp: Language) -> None:
    quote = "GPTBot respects robots.txt. GPTBot again."
    shared = Evidence(page=2, quote=quote)
    summary = _summary(
        FieldValue(
            id="crawling.behaviour",
            value=quote,
            state=FieldState.ANSWERED,
            evidence=(shared, shared, Evidence(page=3, quote=quote)),
        ),
        FieldValue(id="tdm.measures", value=quote, state=FieldState.ANSWERED, evidence=(shared,)),
    )
    found = [
        (lm.field, lm.page, lm.mention.label, lm.mention.start)
        for lm in mentions_in_summary(summary, nlp)
    ]
    assert found == [
        ("crawling.behaviour", 2, "CRAWLER", 0),
        ("crawling.behaviour", 2, "OPTOUT_PROTOCOL", 16),
        ("crawling.behaviour", 3, "CRAWLER", 0),
        ("crawling.behaviour", 3, "OPTOUT_PROTOCOL", 16),
        ("tdm.measures", 2, "CRAWLER", 0),
        ("tdm.measures", 2, "OPTOUT_PROTOCOL", 16),
    ]


def test_summary_value_text_not_in_the_quote_is_read_too(nlp: Language) -> None:
    datasets = FieldValue(
        id="public_datasets.large",
        value=[{"name": "FineWeb", "url": "https://huggingface.co/datasets/HuggingFaceFW/fineweb"}],
        state=FieldState.ANSWERED,
        evidence=(Evidence(page=1, quote="FineWeb"),),
    )
    located = mentions_in_summary(_summary(datasets), nlp)
    assert [(lm.mention.normalised, lm.page, lm.quote) for lm in located] == [
        ("FineWeb", 1, "FineWeb"),
        (
            "HuggingFaceFW/fineweb",
            1,
            "https://huggingface.co/datasets/HuggingFaceFW/fineweb",
        ),
    ]


def test_summary_fields_without_text_give_nothing(nlp: Language) -> None:
    empty = FieldValue(id="crawling.used", value="yes", state=FieldState.ANSWERED)
    assert mentions_in_summary(_summary(empty), nlp) == ()
