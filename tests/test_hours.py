"""The hours a customer asks to be contacted in, read from what they wrote (online_models/hours.py)."""

from online_models.hours import asked_hours


def test_after_that_points_back_to_the_clause_just_before_it_even_when_said_twice():
    # the first "me liga depois disso" has nothing before it; the second points back to the hospital hours:
    # the hours left are after them, never the hours the customer is at the hospital
    said = "me liga depois disso. fico no hospital com minha mãe das 8 às 14h, me liga depois disso"
    assert asked_hours(said) == (14, 24)
    assert asked_hours("fico no hospital com minha mãe das 8 às 14h, me liga depois disso") == (14, 24)

