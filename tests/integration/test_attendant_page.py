"""The attendant's page in a real headless browser (Debian's chromium and chromedriver), and access by token."""

from __future__ import annotations

import shutil
import time
import urllib.error
from pathlib import Path

import orjson
import pytest

from backtest.sample import sample_messages
from streams.kafka_io import publish
from tests.faults.conftest import metric_rows
from tests.integration.conftest import new_worker

pytestmark = pytest.mark.integration
SCREENSHOTS = Path(__file__).resolve().parents[2] / ".local" / "screenshots"


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1100,1500"):  # fmt: skip
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


@pytest.mark.skipif(shutil.which("chromedriver") is None, reason="`bash deploy/stack.sh tools` installs chromium")
def test_the_attendant_page_shows_band_reasons_and_what_to_do(stack, tmp_path) -> None:
    from selenium.webdriver.common.by import By

    worker = new_worker(stack, tmp_path)
    worker.start()
    driver = browser()
    try:
        s = worker.settings
        topics = {"journey": s.topic_journey, "payment": s.topic_payment}
        publish(s, [(topics[family], key, raw) for family, key, raw in sample_messages()])
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            bruno = orjson.loads(worker.get("/customers/c-bruno")) if _exists(worker, "c-bruno") else {}
            if bruno.get("band") == "critical" and bruno.get("predicted_reason") == "unemployment":
                break
            time.sleep(1)
        token = worker.env["VIGIA_API_TOKEN"]
        driver.get(f"{worker.url}/customers/c-bruno/page?token={token}")
        assert driver.find_element(By.ID, "band").text == "crítico"
        reasons = driver.find_element(By.ID, "reasons").text
        assert "dias em atraso: aumenta o risco" in reasons
        assert driver.find_element(By.ID, "reason").text == "desemprego"
        assert "Ofereça parcelamento" in driver.find_element(By.ID, "do").text
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(SCREENSHOTS / "attendant-c-bruno.png"))
        driver.get(f"{worker.url}/customers/c-edu/page")  # the cookie from the first visit carries the token
        assert "Não cobrar nem oferecer acordo" in driver.find_element(By.ID, "dont").text
        driver.save_screenshot(str(SCREENSHOTS / "attendant-c-edu.png"))
        for path in ("/customers/c-bruno", "/customers/c-bruno/page", "/models"):
            with pytest.raises(urllib.error.HTTPError) as refused:
                worker.get(path, token=None)
            assert refused.value.code == 401
        with pytest.raises(urllib.error.HTTPError):
            worker.get("/customers/c-bruno", token="not-the-token-at-all")
        assert worker.get("/metrics", token=None) and worker.get("/healthz", token=None)
        assert sum(metric_rows(worker, "vigia_http_unauthorized_total").values()) == 4
    finally:
        driver.quit()
        worker.stop()


def _exists(worker, customer_id: str) -> bool:
    try:
        worker.get(f"/customers/{customer_id}")
        return True
    except urllib.error.HTTPError:
        return False
