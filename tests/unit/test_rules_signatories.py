"""The signatory_list check type: the bundled list, name matching, both modes, broken lists."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from trainaudit.rules.checks import signatories
from trainaudit.rules.checks.signatories import (
    SignatoryListError,
    find_organisation,
    load_signatory_list,
    name_score,
)
from trainaudit.rules.examples import run_example
from trainaudit.rules.load import load_rules
from trainaudit.rules.model import Example, Rule, Severity
from trainaudit.rules.registry import params_validator, registry


def make_rule(mode: str, list_name: str = "cop-signatories") -> Rule:
    """Return a signatory_list rule whose message shows every placeholder."""
    return Rule(
        id="TDS999",
        name="test-signatories",
        pack="test",
        severity=Severity.WARNING,
        summary="test",
        description="",
        rationale="test",
        references=(),
        section="3.1",
        field="tdm.code_of_practice_signatory",
        check_type="signatory_list",
        params={"list": list_name, "mode": mode},
        message="{provider}|{answer}|{listed_name}|{reason}|{score}",
        pass_examples=(),
        fail_examples=(),
    )


def messages(rule: Rule, provider: str | None, answer: str | None) -> list[str]:
    """Return the messages of a rule on a document with this provider and signatory answer."""
    fields: dict[str, Any] = {"tdm.code_of_practice_signatory": answer}
    if provider is not None:
        fields["provider.name"] = provider
    return run_example(rule, Example(fields=fields))


@pytest.fixture
def list_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point the check at a temporary rules/data folder (and forget cached lists)."""
    monkeypatch.setattr(signatories, "lists_dir", lambda: tmp_path)
    load_signatory_list.cache_clear()
    yield tmp_path
    load_signatory_list.cache_clear()


def write_list(folder: Path, name: str, text: str) -> None:
    """Write a list file into the temporary data folder."""
    (folder / f"{name}.yaml").write_text(text, encoding="utf-8")


def test_bundled_list_is_the_reported_one_and_marked_incomplete() -> None:
    """The data file lists the signatories the spec reports, xAI and Meta as non-signatories."""
    listed = load_signatory_list("cop-signatories")
    assert listed.complete is False
    signed = {o.name for o in listed.organisations if o.signed}
    assert {"Amazon", "Anthropic", "Google", "Microsoft", "Mistral AI", "OpenAI"} <= signed
    refused = {o.name: o.reason for o in listed.organisations if not o.signed}
    assert set(refused) == {"xAI", "Meta"}
    assert "Safety and Security" in refused["xAI"]
    assert (ROOT / "rules" / "data" / "cop-signatories.yaml").is_file()


@pytest.mark.parametrize(
    ("provider", "expected"),
    [
        ("OpenAI Ireland Ltd", "OpenAI"),
        ("Google Ireland Limited", "Google"),
        ("Meta Platforms Ireland Limited", "Meta"),
        ("Mistral AI SAS", "Mistral AI"),
        ("Amazon EU S.à r.l.", "Amazon"),
        ("Anthropic, PBC", "Anthropic"),
        ("X.AI LLC", "xAI"),
        ("International Business Machines Corporation", "IBM"),
        ("Anthropics Inc", "Anthropic"),
    ],
)
def test_legal_entity_names_resolve_to_the_listed_organisation(
    provider: str, expected: str
) -> None:
    """Company forms, countries and small typos do not stop a match."""
    found = find_organisation(provider, load_signatory_list("cop-signatories"))
    assert found is not None and found[0].name == expected


@pytest.mark.parametrize(
    "provider",
    ["Alpha GmbH", "Swiss National AI Institute", "Hugging Face Inc.", "Metaphysic AI", "AI", ""],
)
def test_other_organisations_do_not_match(provider: str) -> None:
    """A shared generic word ("AI") or a part of a listed name is not a match."""
    assert find_organisation(provider, load_signatory_list("cop-signatories")) is None


def test_name_score_is_whole_or_contained() -> None:
    """Every listed word found in the provider's name scores 100; a missing one does not."""
    assert name_score("openai ireland", "openai") == 100.0
    assert name_score("alpha", "aleph alpha") < 90
    assert name_score("anthropics", "anthropic") > 90


def test_claims_not_listed_reports_known_non_signatories() -> None:
    """A Yes from xAI or Meta is contradicted by the list, with its reason."""
    rule = make_rule("claims_not_listed")
    (xai,) = messages(rule, "xAI Corp", "yes")
    assert xai.startswith("xAI Corp|yes|xAI|xAI signed only the Safety and Security chapter")
    (meta,) = messages(rule, "Meta Platforms Ireland Limited", "yes")
    assert "Meta declined" in meta


def test_claims_not_listed_accepts_signatories_and_unlisted_while_incomplete() -> None:
    """A listed signatory's Yes passes, and so does an unlisted one while the list is partial."""
    rule = make_rule("claims_not_listed")
    assert messages(rule, "OpenAI Ireland Ltd", "yes") == []
    assert messages(rule, "Northwind AI Ltd", "yes") == []
    assert messages(rule, "xAI Corp", "no") == []
    assert messages(rule, "xAI Corp", "unknown") == []


def test_claims_not_listed_reports_unlisted_providers_when_the_list_is_complete(
    list_folder: Path,
) -> None:
    """With complete: true, a provider on no list answering Yes is reported."""
    write_list(
        list_folder,
        "full",
        "title: list of test signatories\ncomplete: true\nsignatories:\n  - name: Northwind\n",
    )
    rule = make_rule("claims_not_listed", "full")
    (found,) = messages(rule, "Pixelforge SAS", "yes")
    assert found.endswith("|it is not on the list of test signatories|0.0")
    assert messages(rule, "Northwind AI Ltd", "yes") == []


def test_listed_but_says_no() -> None:
    """A listed signatory answering No is reported; a non-signatory's No is not."""
    rule = make_rule("listed_but_says_no")
    (found,) = messages(rule, "Mistral AI SAS", "no")
    assert found.startswith("Mistral AI SAS|no|Mistral AI|Mistral AI is on the list of signatories")
    assert messages(rule, "Meta Platforms Ireland Limited", "no") == []
    assert messages(rule, "Swiss National AI Institute", "no") == []
    assert messages(rule, "Mistral AI SAS", "yes") == []


def test_no_provider_name_no_finding() -> None:
    """Without a provider name nothing can be cross-checked."""
    assert messages(make_rule("claims_not_listed"), None, "yes") == []


def test_missing_or_broken_lists_raise(list_folder: Path) -> None:
    """A missing file, a non-mapping or an entry without a name is a SignatoryListError."""
    with pytest.raises(SignatoryListError, match="cannot read"):
        load_signatory_list("absent")
    write_list(list_folder, "scalar", "just text\n")
    with pytest.raises(SignatoryListError, match="must be a mapping"):
        load_signatory_list("scalar")
    write_list(list_folder, "nameless", "signatories:\n  - aliases: [X]\n")
    with pytest.raises(SignatoryListError, match="needs a name"):
        load_signatory_list("nameless")
    write_list(list_folder, "notalist", "not_signatories: {name: X}\n")
    with pytest.raises(SignatoryListError, match="must be a list"):
        load_signatory_list("notalist")


@pytest.mark.parametrize(
    ("params", "valid"),
    [
        ({"list": "cop-signatories", "mode": "claims_not_listed"}, True),
        ({"list": "cop-signatories", "mode": "listed_but_says_no"}, True),
        ({"list": "cop-signatories", "mode": "both"}, False),
        ({"list": "../etc/passwd", "mode": "claims_not_listed"}, False),
        ({"mode": "claims_not_listed"}, False),
    ],
)
def test_params_schema(params: Mapping[str, Any], valid: bool) -> None:
    """The params schema names the list by a plain slug and knows the two modes."""
    assert "signatory_list" in registry()
    assert params_validator("signatory_list").is_valid(params) is valid


def test_pack_rules_use_the_bundled_list() -> None:
    """The code-of-practice pack cross-checks both ways against cop-signatories."""
    rules = load_rules([ROOT / "rules" / "code-of-practice"]).rules
    modes = {r.params["mode"] for r in rules if r.check_type == "signatory_list"}
    assert modes == {"claims_not_listed", "listed_but_says_no"}
    assert {r.params["list"] for r in rules if r.check_type == "signatory_list"} == {
        "cop-signatories"
    }
