"""When a collector may contact a customer: the legal window by state, holidays, caps, opt-outs.

Brazil's Consumer Defence Code (Lei 8.078/1990, arts. 42 and 71) forbids abusive collection but
sets no hours; several states do (SP Lei 15.426/2014, RJ Lei 7.868/2018, ES Lei 10.626/2017, AM
Lei 306/2016, AL Lei 7.782/2016). The default window is the strictest common practice: weekdays
08:00-20:00, Saturdays 08:00-14:00, never on Sundays or holidays (national and the customer's
state's, from the ``holidays`` package), in the customer's local time; states with stricter laws
narrow it. A customer whose state is not known (no registration read, or none sent) may live in any
state: they get only what every state allows, in São Paulo time: weekdays 10:00-19:00 (RJ's 09:00-19:00
and Acre's 08:00-20:00 two hours behind), never on Saturdays, nor on any state's holiday. Used by the
decision layer and by the evaluation's compliance check.

>>> rules = ContactRules()
>>> from online_models.clock import parse_time
>>> at = lambda text, state: rules.allowed(parse_time(text), state)
>>> at("2026-03-04T19:59:00-03:00", "SP"), at("2026-03-04T20:00:00-03:00", "SP")
(True, False)
>>> at("2026-03-07T13:59:00-03:00", "SP"), at("2026-03-07T10:00:00-03:00", "RJ")  # Saturday
(True, False)
>>> rules.allowed(parse_time("2026-04-21T10:00:00-03:00"), "SP")  # Tiradentes
False
>>> at("2026-03-04T09:30:00-03:00", None), at("2026-03-04T10:00:00-03:00", None)  # state unknown
(False, True)

Carnival is a working day, but no collection contact is made on it (a reply the customer is owed goes):

>>> carnival = parse_time("2026-02-16T10:00:00-03:00")
>>> rules.next_window(carnival, "SP") == (carnival, parse_time("2026-02-16T20:00:00-03:00"))
True
>>> rules.next_window(carnival, "SP", collection=True)[0] == parse_time("2026-02-18T08:00:00-03:00")
True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cached_property, lru_cache

import holidays

from online_models.clock import zone_for_state

Window = tuple[time, time] | None  # start inclusive, end exclusive; None: no contact that day


@dataclass(frozen=True)
class DayWindows:
    weekday: Window
    saturday: Window


DEFAULT_WINDOWS = DayWindows((time(8), time(20)), (time(8), time(14)))
STATE_WINDOWS: dict[str, DayWindows] = {
    "RJ": DayWindows((time(9), time(19)), None),
    "ES": DayWindows((time(8), time(19)), None),
    "AM": DayWindows((time(8), time(19)), None),
    "AL": DayWindows((time(8), time(20)), (time(8), time(14))),
    "SP": DayWindows((time(8), time(20)), (time(8), time(14))),
}


@lru_cache(maxsize=256)
def _holidays(state: str | None, year: int) -> holidays.HolidayBase:
    subdiv = state if state in holidays.Brazil.subdivisions else None
    return holidays.Brazil(subdiv=subdiv, years=year)


STATES = frozenset(holidays.Brazil.subdivisions)


@lru_cache(maxsize=16)
def _optional_days(year: int) -> holidays.HolidayBase:
    """The optional national days off of ``year`` (Carnival, Corpus Christi...), by date."""
    return holidays.Brazil(years=year, categories=("optional",))


@lru_cache(maxsize=16)
def _holidays_anywhere(year: int) -> frozenset[date]:
    """Every date that is a holiday in some state (national ones included) in ``year``."""
    return frozenset(d for state in STATES for d in _holidays(state, year))


def _holiday(day: date, state: str | None) -> bool:
    """A holiday in the customer's state (national ones included); in any state when the state is unknown."""
    return day in (_holidays(state, day.year) if state in STATES else _holidays_anywhere(day.year))


def _in_default_zone(window: Window, state: str) -> Window:
    """A state's local window as São Paulo wall-clock times (Brazil has kept no summer time since 2019)."""
    if window is None:
        return None
    reference = datetime(2026, 3, 4, 12)
    shift = reference.replace(tzinfo=zone_for_state(None)).utcoffset() - reference.replace(
        tzinfo=zone_for_state(state)).utcoffset()  # fmt: skip
    start, end = (datetime.combine(reference.date(), t) + shift for t in window)
    return start.time(), end.time() if end.date() == reference.date() else time.max


def _common(windows: list[Window]) -> Window:
    """The hours inside every window (None when one forbids the day or they do not overlap)."""
    if any(w is None for w in windows):
        return None
    start, end = max(w[0] for w in windows), min(w[1] for w in windows)
    return (start, end) if start < end else None


@lru_cache(maxsize=4096)
def payable_until(due: date, state: str | None) -> date:
    """The last day a bill due on ``due`` is paid on time: a due date on a weekend, a bank holiday or Carnival
    moves to the next business day at no charge. A customer who may still pay on time is not late yet.

    >>> payable_until(date(2026, 3, 7), "SP"), payable_until(date(2026, 2, 14), "SP")  # a Saturday; before Carnival
    (datetime.date(2026, 3, 9), datetime.date(2026, 2, 18))
    """
    day = due
    while day.weekday() >= 5 or _optional_days(day.year).get(day) == "Carnival" or _holiday(day, state):
        day += timedelta(days=1)
    return day


@dataclass(frozen=True)
class ContactRules:
    """The contact window and caps (defaults documented in the README, every one configurable)."""

    default: DayWindows = DEFAULT_WINDOWS
    by_state: dict[str, DayWindows] = field(default_factory=lambda: dict(STATE_WINDOWS))
    per_day: int = 1
    per_week: int = 3
    per_channel_week: int = 2
    complaint_cooldown_days: int = 15
    # optional days off (the ``holidays`` package's names) when no collection contact is made, though the law
    # allows it; a reply the customer is owed still goes
    collection_days_off: tuple[str, ...] = ("Carnival", "Corpus Christi", "Christmas Eve", "New Year's Eve")

    def window(self, day: date, state: str | None, collection: bool = False) -> Window:
        if collection and _optional_days(day.year).get(day) in self.collection_days_off:
            return None
        if day.weekday() == 6 or _holiday(day, state):
            return None
        # a state not known may be any state: what all of them allow
        rules = self.by_state.get(state, self.default) if state in STATES else self.anywhere
        return rules.saturday if day.weekday() == 5 else rules.weekday

    @cached_property
    def anywhere(self) -> DayWindows:
        """The windows every state allows, in São Paulo time: for a customer whose state is unknown."""
        own = {state: self.by_state.get(state, self.default) for state in STATES}
        return DayWindows(_common([_in_default_zone(w.weekday, state) for state, w in own.items()]),
                          _common([_in_default_zone(w.saturday, state) for state, w in own.items()]))

    def allowed(self, ts: float, state: str | None) -> bool:
        """Whether the instant ``ts`` falls inside the customer's contact window."""
        local = datetime.fromtimestamp(ts, zone_for_state(state))
        window = self.window(local.date(), state)
        return window is not None and window[0] <= local.time() < window[1]

    def next_window(self, ts: float, state: str | None, horizon_days: int = 10, collection: bool = False,
                    hours: tuple[int, int] | None = None) -> tuple[float, float] | None:  # fmt: skip
        """The earliest (start, end) at or after ``ts`` in which contact is allowed (``collection``: a collection
        contact, which also waits out the optional days off; ``hours``: only within these local hours, which the
        customer asked for, else None).

        >>> from online_models.clock import format_time, parse_time
        >>> start, end = ContactRules().next_window(parse_time("2026-03-04T09:00:00-03:00"), "SP", hours=(18, 24))
        >>> format_time(start), format_time(end)  # 18:00-20:00 in Sao Paulo
        ('2026-03-04T21:00:00.000Z', '2026-03-04T23:00:00.000Z')
        """
        zone = zone_for_state(state)
        local = datetime.fromtimestamp(ts, zone)
        for offset in range(horizon_days):
            day = local.date() + timedelta(days=offset)
            window = self.window(day, state, collection)
            if window is None:
                continue
            start = datetime.combine(day, window[0], zone).timestamp()
            end = datetime.combine(day, window[1], zone).timestamp()
            if hours is not None:
                midnight = datetime.combine(day, time(0), zone).timestamp()
                start, end = max(start, midnight + hours[0] * 3600), min(end, midnight + hours[1] * 3600)
            if end <= ts or start >= end:
                continue
            return max(start, ts), end
        return None
