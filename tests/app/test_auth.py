"""With ASSISTANT_API_KEY set, every API route needs the key and the UI asks for a login."""

import httpx
import openai
import pytest

from tests.app.conftest import API_KEY


@pytest.mark.parametrize("path", ["/api/health", "/api/documents", "/v1/models"])
def test_api_needs_the_key(keyed_server, path: str) -> None:  # type: ignore[no-untyped-def]
    missing = httpx.get(keyed_server.url + path)
    wrong = httpx.get(keyed_server.url + path, headers={"Authorization": "Bearer nope"})
    right = httpx.get(keyed_server.url + path, headers={"Authorization": f"Bearer {API_KEY}"})
    assert missing.status_code == wrong.status_code == 401
    assert "API key" in missing.json()["error"]["message"]
    assert right.status_code == 200


def test_posts_need_the_key_too(keyed_server) -> None:  # type: ignore[no-untyped-def]
    r = httpx.post(keyed_server.url + "/api/ask", json={"question": "What is Ascend?"})
    assert r.status_code == 401
    client = openai.OpenAI(base_url=keyed_server.url + "/v1", api_key="wrong", max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        client.chat.completions.create(
            model="news-assistant", messages=[{"role": "user", "content": "What is Ascend?"}]
        )


def test_ui_asks_for_login(keyed_server) -> None:  # type: ignore[no-untyped-def]
    config = httpx.get(keyed_server.url + "/config")
    assert config.status_code == 401 or config.json().get("auth_required") is True
    bad = httpx.post(keyed_server.url + "/login", data={"username": "me", "password": "nope"})
    assert bad.status_code >= 400
    good = httpx.post(keyed_server.url + "/login", data={"username": "me", "password": API_KEY})
    assert good.status_code == 200 and good.cookies
