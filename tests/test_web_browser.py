"""In a real browser (Debian's chromium via selenium): search, open an article, see its claims highlighted.

Skips, saying why, where chromium, chromedriver or selenium cannot be found
(`make browser` installs the first two with apt-get).
"""
from __future__ import annotations

import shutil
import socket
import threading
import time

import pytest

from lesart.store import open_store
from lesart.web import Settings, create_app
from test_store_fixtures import fill

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")

pytestmark = pytest.mark.skipif(
    not (CHROMIUM and DRIVER),
    reason="no chromium/chromedriver on PATH (Debian: apt-get install chromium chromium-driver, or `make browser`)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def server(tmp_path):
    import uvicorn

    db = str(tmp_path / "corpus.db")
    with open_store(db) as s:
        fill(s)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(Settings(db_url=db)), host="127.0.0.1", port=port,
                                        log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture()
def browser():
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"):
        options.add_argument(arg)
    try:
        driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)
    except Exception as exc:  # noqa: BLE001 - a browser that cannot start is an environment problem
        pytest.skip(f"chromium did not start: {type(exc).__name__}: {str(exc)[:200]}")
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def test_search_open_article_see_claims(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(server + "/")
    box = browser.find_element(By.NAME, "q")
    box.send_keys("Kursk")
    box.submit()
    hits = browser.find_elements(By.CSS_SELECTOR, "#hits a.hit-title")
    assert len(hits) == 3
    facet = browser.find_element(By.CSS_SELECTOR, 'ul[data-facet="claim mode"]')
    assert "hearsay" in facet.text
    facet.find_element(By.PARTIAL_LINK_TEXT, "hearsay").click()
    hits = browser.find_elements(By.CSS_SELECTOR, "#hits a.hit-title")
    assert len(hits) == 1
    hits[0].click()
    # a claim is drawn as one span per segment between nested marks (the time "März" inside it)
    pieces = browser.find_elements(By.CSS_SELECTOR, "#text .claim.claim-hearsay")
    assert "".join(p.get_attribute("textContent") for p in pieces) == "Der Rückzug sei seit März geplant gewesen"
    claim = pieces[0]
    background = claim.value_of_css_property("background-color")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent"), "the claim is not highlighted"
    assert "hearsay" in claim.get_attribute("title") and "anonymous" in claim.get_attribute("title")
    source = browser.find_element(By.CSS_SELECTOR, "#text .src.src-anonymous")
    assert source.text == "anonyme Quellen"
