from __future__ import annotations

from typing import Any

import pytest

from trainaudit.extract.furniture import drop_furniture, repeated_runs

HEIGHT = 800.0


def word(text: str, x0: float, top: float) -> dict[str, Any]:
    return {"text": text, "x0": x0, "x1": x0 + 6.0 * len(text), "top": top, "bottom": top + 10}


def page(number: int, total: int, body: str) -> list[dict[str, Any]]:
    """A page with a running header, a distinct body line and an "n of N" footer."""
    return [
        word("ACME", 20, 20),
        word("Summary", 60, 20),
        word(body, 50, 300 + 13 * number),
        word(str(number), 300, 770),
        word("of", 315, 770),
        word(str(total), 330, 770),
    ]


BODIES = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india"]


def kept(words: list[dict[str, Any]], repeated: frozenset) -> list[str]:
    return [w["text"] for w in drop_furniture(words, repeated, HEIGHT)]


def test_header_and_page_numbers_are_dropped_body_kept() -> None:
    pages = [page(n, 11, BODIES[n % len(BODIES)]) for n in range(1, 12)]
    repeated = repeated_runs(pages)
    assert [kept(p, repeated) for p in pages[:3]] == [["bravo"], ["charlie"], ["delta"]]


def test_header_is_repeated_and_body_is_not() -> None:
    pages = [page(n, 5, BODIES[n]) for n in range(1, 6)]
    repeated = repeated_runs(pages)
    assert ("ACME", 5, 5) in repeated
    assert not any(key[0] in BODIES for key in repeated)


def test_fewer_than_three_pages_repeat_nothing() -> None:
    pages = [page(n, 2, BODIES[n]) for n in range(1, 3)]
    assert repeated_runs(pages) == frozenset()


def test_header_on_too_few_pages_is_not_furniture() -> None:
    pages = [page(n, 5, BODIES[n]) for n in range(1, 6)]
    for p in pages[2:]:
        del p[:2]  # the header is on two pages out of five only
    assert not any(key[0] == "ACME" for key in repeated_runs(pages))


@pytest.mark.parametrize("footer", [["3"], ["Page", "3"], ["3", "/", "11"], ["3", "of", "11"]])
def test_page_number_in_bottom_margin_is_dropped_on_a_single_page(footer: list[str]) -> None:
    words = [word("Body", 50, 300)]
    x = 280.0
    for text in footer:
        words.append(word(text, x, 770))
        x += 6.0 * len(text) + 4
    assert kept(words, frozenset()) == ["Body"]


def test_year_in_bottom_margin_is_not_a_page_number() -> None:
    assert kept([word("Body", 50, 300), word("2026", 280, 770)], frozenset()) == ["Body", "2026"]


def test_number_in_the_body_is_not_a_page_number() -> None:
    assert kept([word("Intro", 50, 300), word("42", 50, 400)], frozenset()) == ["Intro", "42"]


def test_body_word_at_the_same_place_on_every_page_is_kept() -> None:
    sentences = [
        "The provider crawled public web pages.",
        "The model was trained on licensed text.",
        "The data was filtered for illegal content.",
    ]
    pages = []
    for sentence in sentences:
        x = 50.0
        words = []
        for text in sentence.split():
            words.append(word(text, x, 300))
            x += 6.0 * len(text) + 4
        pages.append(words)
    repeated = repeated_runs(pages)
    assert [" ".join(kept(p, repeated)) for p in pages] == sentences


def test_a_navigation_word_over_the_text_on_every_page_is_dropped() -> None:
    def page(body: str) -> list[dict[str, object]]:
        return [
            {"text": "Compute", "x0": 400.0, "x1": 440.0, "top": 300.0, "bottom": 310.0},
            {"text": body, "x0": 300.0, "x1": 398.0, "top": 300.0, "bottom": 310.0},
        ]

    bodies = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot"]
    pages = [page(body) for body in bodies]
    repeated = repeated_runs(pages)
    kept = drop_furniture(pages[0], repeated, height=842.0)
    assert [w["text"] for w in kept] == ["alpha"]
