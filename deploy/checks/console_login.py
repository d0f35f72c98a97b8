"""Logs in to the gateway's OpenAPI console in headless Chromium as an administrator does, and runs one call.

Run by console-login.sh, which starts the stack; usage: console_login.py GATEWAY_URL USERNAME PASSWORD.
Each step prints what it saw; any failure raises, and the browser is closed whatever happens.
"""
import json
import sys
import tempfile
from urllib.parse import parse_qs, urlsplit

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as shown
from selenium.webdriver.support.ui import WebDriverWait

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--window-size=1400,1000"]
OPERATION = "/api/plans/units"


def step(message):
    print(f"console-login: {message}", flush=True)


def log_in_and_call(browser, gateway, username, password):
    wait = WebDriverWait(browser, 60)
    browser.get(f"{gateway}/q/swagger-ui/")
    wait.until(shown.element_to_be_clickable((By.CSS_SELECTOR, ".scheme-container button.authorize"))).click()

    dialog = wait.until(shown.visibility_of_element_located((By.CSS_SELECTOR, ".dialog-ux .modal-ux")))
    flows = [flow.text for flow in dialog.find_elements(By.CSS_SELECTOR, "p.flow")]
    step(f"the Authorize dialog offers {len(flows)} login: {flows}")
    assert flows == ["Flow: authorizationCode with PKCE"], flows
    console = browser.current_window_handle
    dialog.find_element(By.CSS_SELECTOR, ".auth-btn-wrapper button.authorize").click()

    wait.until(lambda _: len(browser.window_handles) == 2)
    browser.switch_to.window(next(handle for handle in browser.window_handles if handle != console))
    wait.until(shown.visibility_of_element_located((By.ID, "username")))
    login = urlsplit(browser.current_url)
    query = parse_qs(login.query)
    step(f"Keycloak's login page {login.scheme}://{login.netloc}{login.path} with {sorted(query)}")
    assert query["client_id"] == ["api-console"] and query["response_type"] == ["code"], query
    assert query["code_challenge_method"] == ["S256"] and "code_challenge" in query, "PKCE"
    assert query["redirect_uri"] == [f"{gateway}/q/swagger-ui/oauth2-redirect.html"], query["redirect_uri"]
    assert "nonce" not in query, f"nonce sent: {query['nonce']}"
    browser.find_element(By.ID, "username").send_keys(username)
    browser.find_element(By.ID, "password").send_keys(password)
    browser.find_element(By.ID, "kc-login").click()

    wait.until(lambda _: len(browser.window_handles) == 1)
    browser.switch_to.window(console)
    wait.until(shown.visibility_of_element_located((By.CSS_SELECTOR, "button[aria-label='Remove authorization']")))
    step(f"logged in as {username}: the dialog says {dialog.find_element(By.TAG_NAME, 'h6').text} and offers Logout")
    browser.find_element(By.CSS_SELECTOR, ".auth-btn-wrapper button.btn-done").click()

    operation = wait.until(shown.presence_of_element_located(
        (By.XPATH, f"//div[contains(@class, 'opblock-get')][.//*[@data-path='{OPERATION}']]")))
    operation.find_element(By.CSS_SELECTOR, ".opblock-summary-control").click()
    wait.until(lambda _: operation.find_element(By.CSS_SELECTOR, "button.try-out__btn")).click()
    # As a new administrator does: no filter typed in. Optional filters carry no example, so none is sent.
    filled = [field.get_attribute("value") for field in operation.find_elements(By.CSS_SELECTOR, ".parameters input[type=text]")]
    assert not any(filled), f"Try it out filled optional filters: {filled}"
    wait.until(lambda _: operation.find_element(By.CSS_SELECTOR, "button.execute")).click()
    status = wait.until(lambda _: operation.find_element(
        By.CSS_SELECTOR, ".live-responses-table .response .response-col_status")).text.strip()
    called = operation.find_element(By.CSS_SELECTOR, ".request-url pre").text
    body = json.loads(operation.find_element(By.CSS_SELECTOR, ".live-responses-table .response-col_description pre").text)
    step(f"Try it out → Execute GET {called}: {status}, {len(body.get('items', []))} items of {body.get('totalItems')}")
    assert status == "200", status
    assert "?" not in called, called
    assert body["items"], body


def main(gateway, username, password):
    with tempfile.TemporaryDirectory(prefix="console-login-chromium-") as profile:
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for flag in CHROMIUM_FLAGS + [f"--user-data-dir={profile}"]:
            options.add_argument(flag)
        browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        try:
            log_in_and_call(browser, gateway, username, password)
        finally:
            browser.quit()
    step("OK")


if __name__ == "__main__":
    main(*sys.argv[1:4])
