"""OpenAIChatModel against a real HTTP server that misbehaves on purpose."""

from __future__ import annotations

import asyncio
import time
from types import SimpleNamespace

import httpx
import pytest

from rathaus.llm.chat.base import ChatMessage, ChatModelError, complete
from rathaus.llm.chat.openai_compat import OpenAIChatModel
from rathaus.testing.fake_openai import FakeOpenAIServer

REPLY = "Für den Personalausweis brauchen Sie ein biometrisches Foto. Gebühr: 37 € 🪪"
ASK = [ChatMessage("user", "Was brauche ich für den Perso?")]


@pytest.fixture
def server():
    with FakeOpenAIServer() as fake:
        yield fake


def deltas(model: OpenAIChatModel, messages=ASK, received: list | None = None, **kwargs) -> list[str]:
    """All deltas; those before an error are kept in `received`. Never hangs the suite."""
    received = [] if received is None else received

    async def run():
        async for delta in model.stream(messages, **kwargs):
            received.append(delta)
        return received

    return asyncio.run(asyncio.wait_for(run(), 10))


def test_normal_stream_and_request_body(server):
    server.script(REPLY, chunk_size=5)
    got = deltas(OpenAIChatModel(server.url, "qwen2.5"), temperature=0.1, max_tokens=99)
    assert "".join(got) == REPLY and len(got) == -(-len(REPLY) // 5)
    body = server.requests[-1].json
    assert body == {"model": "qwen2.5", "messages": [{"role": "user", "content": ASK[0].content}],
                    "temperature": 0.1, "max_tokens": 99, "stream": True}


def test_odd_splits_crlf_and_keepalive_comments(server):
    server.script(REPLY, mode="split")
    assert "".join(deltas(OpenAIChatModel(server.url, "m"))) == REPLY


async def raw_server(respond) -> tuple[asyncio.AbstractServer, str]:
    """A loopback server whose `respond(writer)` writes the raw HTTP response
    (after reading the request's head and body), for what the fake cannot do."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                       if line.lower().startswith(b"content-length:")), 0)
        await reader.readexactly(length)
        await respond(writer)
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    return server, f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"


def test_every_byte_in_its_own_network_chunk():
    """Deterministic version of the split test: the body arrives one byte at a
    time (mid-line, mid-CRLF, mid-UTF-8), with an SSE field and no final newline."""
    body = ("event: message\r\nid: 1\r\n"
            'data: {"choices":[{"delta":{"content":"Grüß "}}]}\r\n\r\n'
            ": ping\r\n\r\n"
            'data: {"choices":[{"delta":{"content":"Gott 👋"},"finish_reason":"stop"}]}\r\n\r\n'
            "data: [DONE]").encode()

    async def one_byte_at_a_time(writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n")
        for i in range(len(body)):
            writer.write(body[i : i + 1])
            await writer.drain()
            await asyncio.sleep(0.001)  # each byte its own TCP segment

    async def run():
        server, url = await raw_server(one_byte_at_a_time)
        async with server:
            return await complete(OpenAIChatModel(url, "m"), ASK)

    assert asyncio.run(run()) == "Grüß Gott 👋"


def test_first_token_arrives_while_the_reply_is_generated(server):
    server.script("eins zwei drei", chunk_size=5, delay=0.1)  # 6 events, 0.1 s apart

    async def timed():
        start, times = time.monotonic(), []
        async for _ in OpenAIChatModel(server.url, "m").stream(ASK):
            times.append(time.monotonic() - start)
        return times, time.monotonic() - start

    times, total = asyncio.run(timed())
    assert len(times) == 3 and total >= 0.5
    assert times[0] < total - 0.25  # not buffered until the end
    assert times[1] - times[0] >= 0.05 and times[2] - times[1] >= 0.05


def test_http_500_with_json_error_body(server):
    server.script("", status=500, error="CUDA out of memory")
    with pytest.raises(ChatModelError, match=r"HTTP 500: CUDA out of memory"):
        deltas(OpenAIChatModel(server.url, "m"))


def test_malformed_json_in_a_data_line(server):
    server.script(REPLY, mode="malformed")
    received = []
    with pytest.raises(ChatModelError, match="invalid JSON"):
        deltas(OpenAIChatModel(server.url, "m"), received=received)
    assert received == [REPLY[:4]]


def test_stream_that_stops_without_done_is_an_error(server):
    server.script(REPLY, mode="no_done")
    with pytest.raises(ChatModelError, match=r"ended before the reply was complete"):
        deltas(OpenAIChatModel(server.url, "m"))


def test_finish_reason_without_done_is_accepted(server):
    server.script(REPLY, mode="finish_no_done")
    assert "".join(deltas(OpenAIChatModel(server.url, "m"))) == REPLY


def test_error_object_mid_stream(server):
    server.script(REPLY, mode="error_mid_stream", error="model overloaded, retry later")
    received = []
    with pytest.raises(ChatModelError, match="reported an error: model overloaded"):
        deltas(OpenAIChatModel(server.url, "m"), received=received)
    assert received and REPLY.startswith("".join(received))


def test_very_long_reply_hits_the_size_cap(server):
    server.script("Lorem ipsum dolor sit amet. " * 40, mode="endless", chunk_size=1120)
    with pytest.raises(ChatModelError, match="larger than 2097152 bytes"):
        deltas(OpenAIChatModel(server.url, "m"))


def test_silence_hits_the_timeout(server):
    server.script(REPLY, delay=2.0)
    start = time.monotonic()
    with pytest.raises(ChatModelError, match="timeout"):
        deltas(OpenAIChatModel(server.url, "m", timeout=0.2))
    assert time.monotonic() - start < 1.5


def test_slow_endless_stream_hits_the_deadline(server):
    server.script(REPLY, mode="endless", delay=0.05)  # never silent long enough for the timeout
    with pytest.raises(ChatModelError, match="max_duration"):
        deltas(OpenAIChatModel(server.url, "m", timeout=1, max_duration=0.3))


def test_server_ignoring_stream_flag_still_answers(server):
    server.script(REPLY, mode="ignore_stream")
    assert deltas(OpenAIChatModel(server.url, "m")) == [REPLY]


def test_bearer_key_is_sent_and_checked():
    with FakeOpenAIServer(api_key="s3cret") as fake:
        assert deltas(OpenAIChatModel(fake.url, "m", api_key="s3cret"))
        assert fake.requests[-1].headers["authorization"] == "Bearer s3cret"
        with pytest.raises(ChatModelError, match="HTTP 401: Incorrect API key"):
            deltas(OpenAIChatModel(fake.url, "m", api_key="wrong"))
        with pytest.raises(ChatModelError, match="HTTP 401"):
            deltas(OpenAIChatModel(fake.url, "m"))
        assert "authorization" not in fake.requests[-1].headers


@pytest.mark.parametrize("suffix", ["", "/", "/v1", "/v1/"])
def test_base_url_with_or_without_v1(server, suffix):
    model = OpenAIChatModel(server.url + suffix, "m")
    assert "".join(deltas(model)) == ASK[0].content  # the fake echoes the last user message
    assert server.requests[-1].path == "/v1/chat/completions"


def test_unreachable_server_and_bad_url():
    with pytest.raises(ChatModelError, match="not reachable"):
        deltas(OpenAIChatModel("http://127.0.0.1:9", "m"))
    with pytest.raises(ChatModelError, match="http"):
        OpenAIChatModel("ftp://llm.local", "m")


def test_redirects_are_not_followed():
    async def redirect(writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 307 Temporary Redirect\r\nLocation: http://169.254.169.254/\r\n"
                     b"Content-Length: 0\r\nConnection: close\r\n\r\n")
        await writer.drain()

    async def run():
        server, url = await raw_server(redirect)
        async with server:
            return await complete(OpenAIChatModel(url, "m"), ASK)

    with pytest.raises(ChatModelError, match="HTTP 307"):
        asyncio.run(run())


def test_a_dropped_connection_mid_stream_is_an_error():
    async def cut_off(writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n")
        event = b'data: {"choices":[{"delta":{"content":"Hallo"}}]}\n\n'
        writer.write(b"%x\r\n%s\r\n" % (len(event), event))
        await writer.drain()  # then the connection closes without the last chunk

    received = []

    async def run():
        server, url = await raw_server(cut_off)
        async with server:
            async for delta in OpenAIChatModel(url, "m").stream(ASK):
                received.append(delta)

    with pytest.raises(ChatModelError, match="failed|ended before"):
        asyncio.run(asyncio.wait_for(run(), 10))
    assert received == ["Hallo"]


def test_concurrent_streams_on_one_model(server):
    model = OpenAIChatModel(server.url, "m")

    async def both():
        return await asyncio.gather(*(complete(model, [ChatMessage("user", f"Frage {i}")]) for i in range(2)))

    assert sorted(asyncio.run(both())) == ["Frage 0", "Frage 1"]


def test_one_session_per_event_loop_reused_and_closed_with_the_loop(server):
    """Answers on one loop share a session (its connections stay open for the
    next answer); a loop that ends closes its session, and more streams than
    one connection at once all finish."""
    model = OpenAIChatModel(server.url, "m")
    sessions = []

    async def run():
        first = await model._session_for_running_loop()
        assert await model._session_for_running_loop() is first
        sessions.append(first)
        return await asyncio.gather(*(complete(model, [ChatMessage("user", f"Frage {i}")]) for i in range(40)))

    assert asyncio.run(asyncio.wait_for(run(), 20)) == [f"Frage {i}" for i in range(40)]
    assert sessions[0].closed  # closed as asyncio.run() shut its loop down
    assert asyncio.run(complete(model, ASK)) == ASK[0].content  # a new loop gets a new session
    assert asyncio.run(complete(model, ASK)) == ASK[0].content
    assert len(model._loop_sessions) == 1  # the ended loops' sessions were let go


def test_from_settings(settings):
    with pytest.raises(ChatModelError, match="RATHAUS_LLM_URL"):
        OpenAIChatModel.from_settings(settings)  # before Settings has llm_* fields, or unset
    configured = SimpleNamespace(llm_url="http://gpu:8000/v1", llm_model="q", llm_api_key="k")
    model = OpenAIChatModel.from_settings(configured)
    assert model.name == "openai:q" and model.url == "http://gpu:8000/v1/chat/completions"


def test_fake_server_speaks_embeddings_and_plain_json(server):
    from rathaus.llm.embedders.openai_compat import OpenAIEmbedder

    vectors = OpenAIEmbedder(server.url, "e", api_key="k").embed(["Müllabfuhr", "Kita"])
    assert vectors.shape == (2, 256) and server.requests[-1].path == "/v1/embeddings"
    response = httpx.post(server.url + "/v1/chat/completions", json={"model": "m", "messages": [
        {"role": "user", "content": "Hallo"}]})
    assert response.json()["choices"][0]["message"]["content"] == "Hallo"


def test_responder_builds_replies_from_the_request():
    def responder(request: dict) -> str:
        return f"{request['model']} hat {len(request['messages'])} Nachrichten gelesen."

    with FakeOpenAIServer(responder) as fake:
        fake.script("zuerst das Skript")
        model = OpenAIChatModel(fake.url, "m")
        assert "".join(deltas(model)) == "zuerst das Skript"
        assert "".join(deltas(model)) == "m hat 1 Nachrichten gelesen."


def test_proxy_from_the_environment_is_looked_up_once(monkeypatch):
    for name in ("http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    for name in ("https_proxy", "HTTPS_PROXY"):
        monkeypatch.setenv(name, "http://proxy.stadt.local:3128")
    for name in ("no_proxy", "NO_PROXY"):
        monkeypatch.setenv(name, "llm.intern")
    assert OpenAIChatModel("https://llm.example.eu/v1", "m")._proxy == "http://proxy.stadt.local:3128"
    assert OpenAIChatModel("https://llm.intern/v1", "m")._proxy is None
    assert OpenAIChatModel("http://llm.example.eu/v1", "m")._proxy is None  # no HTTP_PROXY set


def _self_signed(tmp_path):
    """A certificate for 127.0.0.1 that no authority signed, and its key, as files."""
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "llm.local")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


def test_a_certificate_no_authority_signed_is_refused(tmp_path):
    """TLS to the model server is verified against the CA bundle: a server with
    a self-signed certificate gets no prompt (and sends no reply)."""
    import ssl

    cert_file, key_file = _self_signed(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    asked = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            asked.append(await reader.readuntil(b"\r\n\r\n"))
        except (asyncio.IncompleteReadError, ConnectionError, ssl.SSLError):
            pass
        writer.close()

    async def run():
        server = await asyncio.start_server(handle, "127.0.0.1", 0, ssl=context)
        async with server:
            port = server.sockets[0].getsockname()[1]
            return await complete(OpenAIChatModel(f"https://127.0.0.1:{port}", "m", timeout=5), ASK)

    with pytest.raises(ChatModelError, match="certificate"):
        asyncio.run(asyncio.wait_for(run(), 20))
    assert not asked  # the request itself never left
