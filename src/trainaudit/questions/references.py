"""The legal and technical sources the questions cite."""

from __future__ import annotations

from trainaudit.rules.model import Reference

_AI_ACT = "Regulation (EU) 2024/1689 (AI Act)"
_AI_ACT_URL = "https://eur-lex.europa.eu/eli/reg/2024/1689/oj"
_DSM = "Directive (EU) 2019/790 (DSM Directive)"
_DSM_URL = "https://eur-lex.europa.eu/eli/dir/2019/790/oj"
_TEMPLATE = "Template for the public summary of training content, C(2025) 5235"
_NOTICE = "Explanatory Notice to the template, C(2025) 5235"
_TEMPLATE_URL = (
    "https://digital-strategy.ec.europa.eu/en/library/"
    "explanatory-notice-and-template-public-summary-training-content-general-purpose-ai-models"
)
_COP = "Code of Practice for General-Purpose AI Models, Copyright Chapter"
_COP_URL = "https://digital-strategy.ec.europa.eu/en/policies/contents-code-gpai"


def ai_act(provision: str) -> Reference:
    """Return a reference to the AI Act."""
    return Reference(instrument=_AI_ACT, provision=provision, url=_AI_ACT_URL)


def dsm(provision: str) -> Reference:
    """Return a reference to the DSM Directive."""
    return Reference(instrument=_DSM, provision=provision, url=_DSM_URL)


def template(provision: str) -> Reference:
    """Return a reference to the Commission's template."""
    return Reference(instrument=_TEMPLATE, provision=provision, url=_TEMPLATE_URL)


def cop(provision: str) -> Reference:
    """Return a reference to the Code of Practice, Copyright Chapter."""
    return Reference(instrument=_COP, provision=provision, url=_COP_URL)


ART_53_1_D = ai_act("Art. 53(1)(d) and Recital 107")
ART_53_1_C = ai_act("Art. 53(1)(c)")
DSM_4_3 = dsm("Art. 4(3) and Recital 18")
DSM_4_2 = dsm("Art. 4(2)")
NOTICE_16 = Reference(
    instrument=_NOTICE, provision="para. 16 (answering rightsholders on request)", url=_TEMPLATE_URL
)
GEMA = Reference(
    instrument="LG München I, judgment of 11 November 2025, 42 O 14139/24 (GEMA v OpenAI)",
    provision="memorisation in the model is a reproduction",
    url="https://www.gesetze-bayern.de/Content/Document/Y-300-Z-GRURRS-B-2025-N-30204",
)
OLG_HAMBURG = Reference(
    instrument="OLG Hamburg, judgment of 10 December 2025, 5 U 104/24 (Kneschke v LAION)",
    provision="machine-readability of a reservation",
    url="https://heise.de/-11111575",
)
RFC_9309 = Reference(
    instrument="IETF RFC 9309, Robots Exclusion Protocol",
    provision="RFC 9309",
    url="https://www.rfc-editor.org/rfc/rfc9309",
)
