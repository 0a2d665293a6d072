"""A portfolio written apart from the simulator (``benchmarks/apart.py``), read as a regulator reads the log.

Eighteen personas the simulator does not have, messages written for them, the core run as the replay runs
it. A dispatcher that honours withdrawals makes no contact a rule forbids; one that acts on every
trigger would have (so the withdrawals are what keeps the count at zero, not a quiet portfolio).
"""

from __future__ import annotations

import pytest

from benchmarks.apart import PERSONAS, portfolio, run
from online_models.clock import parse_time

FORBIDDEN = ("outside_window", "over_caps", "after_opt_out", "collection_contacts_during_claims",
             "human_requests_unanswered", "human_requests_late",
             "collection_on_a_channel_refused_in_words_or_a_wrong_number",
             "robot_collection_within_30_days_of_despair", "collection_within_30_days_of_a_second_revocation",
             "contacts_outside_the_hours_asked_when_the_law_allowed_them",
             "customers_collected_on_more_than_3_channels_within_30_days", "dead_letters",
             "offers_above_what_the_customer_said_they_can_pay",
             "collection_before_a_day_promised_in_words")  # fmt: skip


# the personas whose messages a person must answer: a request, late or not, and a relative writing
ASKING = ("asks_human", "asks_human_late", "relative_writes")


def dealt(customers: int, seed: int, *personas: str) -> int:
    """How many customers the generator deals these personas to (in turn, from the seed)."""
    return sum(PERSONAS[(n + seed) % len(PERSONAS)] in personas for n in range(customers))


def test_the_portfolio_has_every_persona_and_valid_events_in_time_order() -> None:
    events, truth = portfolio(48, 60, seed=4)
    assert {t["persona"] for t in truth} == set(PERSONAS)
    times = [parse_time(e["time"]) for e in events]
    assert len({e["id"] for e in events}) == len(events)
    assert sum(bool(t["claims"]) for t in truth) == dealt(48, 4, "disputes", "claims_fraud")
    assert sum(bool(t["human_requests"]) for t in truth) == dealt(48, 4, *ASKING)
    assert times == sorted(times)


@pytest.mark.parametrize("seed", [1, 2])
def test_no_contact_a_rule_forbids_when_withdrawals_are_honoured(seed: int) -> None:
    honoured, ignored = run(240, 60, seed), run(240, 60, seed, honour_withdrawals=False)
    assert {k: honoured[k] for k in FORBIDDEN} == dict.fromkeys(FORBIDDEN, 0)
    assert honoured["claims"] == dealt(240, seed, "disputes", "claims_fraud") and honoured["triggers"] > 1000
    assert honoured["human_requests"] == dealt(240, seed, *ASKING)
    assert honoured["withdrawn"] > 0
    assert sum(ignored[k] for k in FORBIDDEN) > 0  # what they spared
