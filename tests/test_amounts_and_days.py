"""What customers say they can pay, and the day they will: the readers' edges that a decision depends on.

An amount read where none was said narrows every offer (a "14" from "me liga entre 14 e 16h" leaves no offer at all);
a day read from a payment already made holds collection for nothing. Both were found reading the earlier held-out
sets' messages with these readers.
"""

from __future__ import annotations

from datetime import date

import pytest

from online_models.amounts import affordable_amount
from online_models.promises import promised_date

TUESDAY = date(2026, 3, 10)


@pytest.mark.parametrize("said", [
    "me liga entre 14 e 16h", "só depois das 18, eu trabalho na costura o dia todo", "pode me chamar até umas dez",
    "ligam 7 da manhã num domingo", "o histórico do app mostra tudo pago até a parcela 6",
    "a parcela 4 foi paga junto com a 3", "nos termos do art. 18 da LGPD", "Em qua., 2 de dez. de 2026 às 10:14",
    "2 de cada 3 mensagens de vocês chegam depois das 22h", "transferi 3x de R$ 150 e continuam cobrando",
])  # fmt: skip
def test_hours_times_numbered_things_and_payments_made_are_no_amount_they_can_pay(said: str) -> None:
    assert affordable_amount(said) is None


@pytest.mark.parametrize(("said", "monthly"), [
    ("me liga amanhã que eu consigo pagar 120 por mês", 120.0), ("consigo 20 por dia", 600.0),
    ("não consigo passar de 80", 80.0), ("I can pay 50 a week", 216.67),
])  # fmt: skip
def test_an_amount_beside_hours_or_a_bound_is_still_read(said: str, monthly: float) -> None:
    assert affordable_amount(said) == monthly


@pytest.mark.parametrize("said", [
    "o pagamento foi efetuado dia 05 conforme comprovante", "fiz o pix agora pouco", "PIX ENVIADO R$ 150,00 12/09",
    "a dívida foi integralmente paga em 15/03", "meu banco mostra que o pagamento saiu dia 3",
    "estou sem emprego desde o começo do mês, assim que arrumar algo eu pago", "n tenho como pagar agora",
])  # fmt: skip
def test_a_payment_told_or_a_day_gone_promises_no_day(said: str) -> None:
    assert promised_date(said, TUESDAY) is None


@pytest.mark.parametrize(("said", "day"), [
    ("paguei metade e o resto pago dia 20", date(2026, 3, 20)), ("hoje não, amanhã eu pago 50", date(2026, 3, 11)),
    ("vou pagar só no mês que vem, dia 15", date(2026, 4, 15)), ("vou pagar setxa", date(2026, 3, 13)),
    ("sexta eu não consigo, só segunda eu pago", date(2026, 3, 16)), ("sexta eu pago não tem erro", date(2026, 3, 13)),
])  # fmt: skip
def test_what_is_still_to_pay_is_read_to_the_day(said: str, day: date) -> None:
    assert promised_date(said, TUESDAY) == day
