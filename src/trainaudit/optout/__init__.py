"""Rights holders' machine-readable reservations: robots.txt, TDMRep, ai.txt, evaluated offline.

- ``robots``: RFC 9309 robots.txt parser and matcher, with the deciding line;
- ``tdmrep``: W3C TDMRep tdmrep.json, HTML meta tags and HTTP headers;
- ``aitxt``: Spawning's ai.txt (robots.txt syntax over file names and types);
- ``crawlers``: which user-agent tokens belong to which operator and purpose;
- ``evaluate``: verdicts for the crawlers a summary declares, and snapshots by date.

Nothing here touches the network: files are given as text.
"""

from __future__ import annotations

from trainaudit.optout.aitxt import AiTxt, AiTxtDecision, parse_ai_txt
from trainaudit.optout.crawlers import (
    CrawlerInfo,
    CrawlerRegistry,
    Purpose,
    builtin_registry,
    load_registry,
)
from trainaudit.optout.errors import OptoutError, OptoutParseError
from trainaudit.optout.evaluate import (
    AgentVerdict,
    evaluate,
    evaluate_ai_txt,
    evaluate_robots,
    robots_at,
)
from trainaudit.optout.robots import (
    RobotsDecision,
    RobotsGroup,
    RobotsRule,
    RobotsTxt,
    parse_robots,
)
from trainaudit.optout.tdmrep import (
    TdmDecision,
    TdmRep,
    combine_tdm,
    parse_tdmrep_json,
    tdm_from_headers,
    tdm_from_html,
)
from trainaudit.optout.tokens import product_token

__all__ = [
    "AgentVerdict",
    "AiTxt",
    "AiTxtDecision",
    "CrawlerInfo",
    "CrawlerRegistry",
    "OptoutError",
    "OptoutParseError",
    "Purpose",
    "RobotsDecision",
    "RobotsGroup",
    "RobotsRule",
    "RobotsTxt",
    "TdmDecision",
    "TdmRep",
    "builtin_registry",
    "combine_tdm",
    "evaluate",
    "evaluate_ai_txt",
    "evaluate_robots",
    "load_registry",
    "parse_ai_txt",
    "parse_robots",
    "parse_tdmrep_json",
    "product_token",
    "robots_at",
    "tdm_from_headers",
    "tdm_from_html",
]
