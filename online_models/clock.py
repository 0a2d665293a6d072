"""Event-time helpers: parse CloudEvents times, local calendars per Brazilian state.

Everything in vigia is judged on the events' clock, never the wall clock, so that a replay of the
same input gives the same output. Times are kept as POSIX seconds (floats) to keep state small.

>>> ts = parse_time("2026-03-02T23:30:00-03:00")
>>> local_date(ts, "SP").isoformat()
'2026-03-02'
>>> local_date(ts, "AM").isoformat()   # Manaus is one hour behind
'2026-03-02'
>>> next_local_midnight(ts, "SP") - ts
1800.0
>>> days_between(date(2026, 3, 1), ts, "SP")
1
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

DEFAULT_TZ = "America/Sao_Paulo"
_TZ_BY_STATE = {
    "AM": "America/Manaus",
    "RR": "America/Boa_Vista",
    "RO": "America/Porto_Velho",
    "AC": "America/Rio_Branco",
    "MT": "America/Cuiaba",
    "MS": "America/Campo_Grande",
}


@lru_cache(maxsize=64)
def zone_for_state(state: str | None) -> ZoneInfo:
    """The time zone where a customer of this state (UF) lives; São Paulo's when unknown."""
    return ZoneInfo(_TZ_BY_STATE.get(state or "", DEFAULT_TZ))


@lru_cache(maxsize=4096)
def parse_time(text: str) -> float:
    """RFC 3339 text (with offset) to POSIX seconds."""
    return datetime.fromisoformat(text).timestamp()


@lru_cache(maxsize=1024)
def format_time(ts: float) -> str:
    """POSIX seconds to RFC 3339 in UTC, to the millisecond."""
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@lru_cache(maxsize=1024)
def local_date(ts: float, state: str | None) -> date:
    """The calendar date at the customer's home at that instant (cached: one step asks it several times)."""
    return datetime.fromtimestamp(ts, zone_for_state(state)).date()


@lru_cache(maxsize=16384)
def local_midnight(day: date, state: str | None) -> float:
    """The instant the customer's local ``day`` starts (cached: due dates and days repeat across customers)."""
    return datetime.combine(day, time(0), zone_for_state(state)).timestamp()


def next_local_midnight(ts: float, state: str | None) -> float:
    """The start of the customer's next local day after ``ts``."""
    return local_midnight(local_date(ts, state) + timedelta(days=1), state)


def days_between(earlier: date, ts: float, state: str | None) -> int:
    """Whole local days from ``earlier`` to the day of ``ts`` (negative when ``ts`` is before)."""
    return (local_date(ts, state) - earlier).days


@lru_cache(maxsize=4096)
def parse_date(text: str) -> date:
    """ISO date text to a date (cached: due dates repeat across events)."""
    return date.fromisoformat(text)
