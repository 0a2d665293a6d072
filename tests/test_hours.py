"""The hours a customer asks to be contacted in, read from what they wrote (online_models/hours.py)."""

from online_models.hours import asked_hours


def test_after_that_points_back_to_the_clause_just_before_it_even_when_said_twice():
    # the first "me liga depois disso" has nothing before it; the second points back to the hospital hours:
    # the hours left are after them, never the hours the customer is at the hospital
    said = "me liga depois disso. fico no hospital com minha mãe das 8 às 14h, me liga depois disso"
    assert asked_hours(said) == (14, 24)
    assert asked_hours("fico no hospital com minha mãe das 8 às 14h, me liga depois disso") == (14, 24)



def test_an_hour_before_the_legal_day_is_the_afternoons_unless_the_morning_is_said():
    # no contact is legal at 5 in the morning: "depois das 5" from a customer at work means 17h (set 73's voice
    # notes: "eu só atendo depois das seis", read as 06-24, let calls through all day)
    assert asked_hours("só consigo atender depois das 4, antes tô na obra") == (16, 24)
    assert asked_hours("me liga depois das sete") == (19, 24)
    assert asked_hours("pode ligar entre 1 e 3") == (13, 15)
    assert asked_hours("trabalho das 6 às 3, me liga depois") == (15, 24)  # busy 06-15
    assert asked_hours("pode ligar depois das 7 da manhã") == (7, 24)
    assert asked_hours("me liga depois das 10") == (10, 24)


def test_a_negation_of_the_hours_left_out_does_not_refuse_the_hours_asked_for():
    assert asked_hours("atendo só depois das 19h, antes disso nem adianta ligar") == (19, 24)
    assert asked_hours("atendo só depois das 19h antes disso nem adianta ligar") == (19, 24)


def test_hours_written_short_and_a_span_to_noon_are_read() -> None:
    assert asked_hours("me liga 18hrs") == (18, 20)
    assert asked_hours("to disponivel das 8 ao meio dia") == (8, 12)
    assert asked_hours("a partir das 7 da noite pode me chamar no whats") == (19, 24)


def test_a_call_the_company_promised_asks_no_hours() -> None:
    """"o atendente falou que ia me retornar às 15h" tells of a promise broken; read as asked, it narrowed every later
    contact to before 15h."""
    assert asked_hours("o atendente falou que ia me retornar às 15h e não retornou") is None
    assert asked_hours("ficaram de me retornar depois das 14h") is None


def test_a_period_is_bounded_by_the_clock_in_a_clause_of_its_own() -> None:
    """"de manhã, depois das 9" asks 09-12: read as the whole morning, a call at 8 goes against what was asked."""
    assert asked_hours("pode me ligar de manhã, depois das 9") == (9, 12)
    assert asked_hours("me chama de noite, depois das 20h") == (20, 24)
    assert asked_hours("me chama de noite, depois das 9 da manhã") == (18, 24)  # no overlap: the period stands
    assert asked_hours("me chama de noite, depois das 8") == (20, 24)  # the night's eight, as "umas nove" is 21h
    assert asked_hours("me liga de tarde, paguei às 10") == (12, 18)  # a time in the past bounds nothing


def test_a_period_alone_answers_when_and_the_hour_after_noon_is_one() -> None:
    assert asked_hours("so de tarde pfv") == (12, 18)
    assert asked_hours("de tarde") == (12, 18)
    assert asked_hours("de tarde fui no banco pagar") is None  # not alone: a story, not an answer
    assert asked_hours("atendo do meio-dia até a uma") == (12, 13)


def test_hours_answered_without_a_word_of_contact() -> None:
    assert asked_hours("no almoço eu consigo") == (12, 14)
    assert asked_hours("depois das 19 é melhor") == (19, 24)
    assert asked_hours("só de noite, de dia eu trabalho") == (18, 24)
    assert asked_hours("fico na obra até as 16h, só depois disso") == (16, 24)
    assert asked_hours("consigo pagar de noite") is None  # a payment's time, no contact
    assert asked_hours("de manhã eu vou no banco") is None


def test_hours_asked_in_spanish_or_english_are_read() -> None:
    """Immigrants and visitors say when to call in their own words; read as the Portuguese would be, and a payment's
    moment in English is still no hours asked."""
    assert asked_hours("pueden llamarme después de las 6") == (18, 24)
    assert asked_hours("entre las 12 y las 2 puedo hablar") == (12, 14)
    assert asked_hours("please call me in the afternoon") == (12, 18)
    assert asked_hours("after 7 pm is better for me") == (19, 24)
    assert asked_hours("call me before noon") == (0, 12)
    assert asked_hours("I paid at 3 pm yesterday") is None


def test_the_daylight_hours_asked_for_are_six_to_six() -> None:
    assert asked_hours("durante o dia pode ligar") == (6, 18)
    assert asked_hours("só de dia, de noite não atendo") == (6, 18)
    assert asked_hours("paguei de dia 10") is None  # a date, not a period
    assert asked_hours("bom dia, pode ligar") is None


def test_a_period_bounded_by_an_hour_in_the_same_clause_is_narrowed_by_it() -> None:
    assert asked_hours("pode ligar de manhã até umas 11") == (6, 11)
    assert asked_hours("de tarde depois das 4") == (16, 18)
    assert asked_hours("entre 13 e 15 horas") == (13, 15)
    assert asked_hours("só de noitinha") == (18, 24)
    # a clause that refuses part of the period is read as before: what it leaves
    assert asked_hours("de manhã antes das 9 não, só depois das 10") == (10, 24)


def test_never_before_an_hour_alone_is_the_rest_of_the_day() -> None:
    assert asked_hours("nunca antes das 10 da manhã") == (10, 24)
    assert asked_hours("nunca antes das 9") == (9, 24)


def test_a_delay_from_now_is_no_hour_of_the_day() -> None:
    assert asked_hours("me liga daqui a duas horas") is None  # not 14-16
    assert asked_hours("em 2 horas eu tô livre, me liga") is None
    assert asked_hours("pode ligar depois de 2 horas da tarde") == (14, 24)


def test_a_day_and_a_period_or_business_hours_alone_are_an_answer_of_when() -> None:
    assert asked_hours("só no sábado de manhã") == (6, 12)
    assert asked_hours("horário comercial") == (8, 18)
    assert asked_hours("qual o horário comercial?") is None
