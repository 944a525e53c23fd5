"""Neo4j store behaviour that needs no server: URIs, credentials in messages, unreachable hosts."""

from __future__ import annotations

import socket
import time

import pytest

from conceptkg.errors import StoreConnectionError
from conceptkg.graph.stores.neo4j import Neo4jStore, display_uri


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize(("uri", "shown"), [
    ("bolt://neo4j:s3cret@db.example:7687", "bolt://db.example:7687"),
    ("neo4j+s://u:p%40ss@host/", "neo4j+s://host/"),
    ("bolt://127.0.0.1:7687", "bolt://127.0.0.1:7687"),
])
def test_display_uri_drops_credentials(uri, shown):
    assert display_uri(uri) == shown


@pytest.mark.parametrize("uri", ["http://127.0.0.1:7474", "127.0.0.1:7687", "file:///tmp/x"])
def test_a_non_bolt_uri_is_refused_with_the_forms_to_use(uri):
    with pytest.raises(StoreConnectionError, match=r"bolt://HOST:7687"):
        Neo4jStore(uri)


def test_unreachable_server_fails_fast_without_showing_credentials():
    port = free_port()
    for uri in (f"bolt://127.0.0.1:{port}", f"neo4j://127.0.0.1:{port}",
                f"bolt://neo4j:topsecret-in-uri@127.0.0.1:{port}"):
        t0 = time.monotonic()
        with pytest.raises(StoreConnectionError) as info:
            Neo4jStore(uri, auth=None if "@" in uri else ("neo4j", "topsecret-password"))
        assert time.monotonic() - t0 < 10
        msg = str(info.value)
        assert "\n" not in msg and "topsecret" not in msg
        assert f"127.0.0.1:{port}" in msg
        assert "resolved to" not in msg and "Errno" not in msg and ":)" not in msg, msg
        if uri.startswith("bolt://"):
            assert msg.endswith("cannot reach the Neo4j server (Connection refused)"), msg


@pytest.mark.parametrize(("driver_text", "reason"), [
    ("Couldn't connect to 127.0.0.1:7687 (resolved to ('127.0.0.1:7687',)):\nFailed to "
     "establish connection to ResolvedIPv4Address(('127.0.0.1', 7687)) (reason [Errno 111] "
     "Connection refused)", "Connection refused"),
    ("Couldn't connect to 127.0.0.1:7687 (resolved to ('127.0.0.1:7687',)):",
     "Couldn't connect to 127.0.0.1:7687"),
    ("Failed to DNS resolve address h.invalid:7687: [Errno -2] Name or service not known",
     "Failed to DNS resolve address h.invalid:7687: Name or service not known"),
    ("", "unavailable"),
])
def test_the_driver_s_reason_is_shown_without_its_tuples(driver_text, reason):
    from conceptkg.graph.stores.neo4j import _unreachable

    assert _unreachable(Exception(driver_text)) == reason


def test_from_env_reads_credentials_without_showing_them(monkeypatch):
    monkeypatch.setenv("NEO4J_USERNAME", "someone")
    monkeypatch.setenv("NEO4J_PASSWORD", "env-secret-value")
    seen = {}

    def fake_init(self, uri, *, database=None, auth=None, read_only=False):
        seen.update(uri=uri, database=database, auth=auth, read_only=read_only)

    monkeypatch.setattr(Neo4jStore, "__init__", fake_init)
    Neo4jStore.from_env("bolt://h:7687", database="kg")
    assert seen == {"uri": "bolt://h:7687", "database": "kg",
                    "auth": ("someone", "env-secret-value"), "read_only": False}
    monkeypatch.delenv("NEO4J_USERNAME")
    monkeypatch.delenv("NEO4J_PASSWORD")
    monkeypatch.setenv("NEO4J_DATABASE", "fromenv")
    Neo4jStore.from_env("bolt://h:7687")
    assert seen["auth"] is None and seen["database"] == "fromenv"


@pytest.mark.parametrize("uri", ["bolt://127.0.0.1:99999", "bolt://127.0.0.1:0",
                                 "neo4j://127.0.0.1:abc", "bolt://127.0.0.1:-1"])
def test_an_invalid_port_is_refused(uri):
    with pytest.raises(StoreConnectionError, match="invalid port"):
        Neo4jStore(uri)


def test_a_server_that_never_answers_fails_within_the_timeout(monkeypatch):
    import threading

    listener = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []

    def accept() -> None:  # accepts, reads nothing, answers nothing: a stalled server
        while True:
            try:
                held.append(listener.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    monkeypatch.setenv("CONCEPTKG_NEO4J_TIMEOUT", "2")
    port = listener.getsockname()[1]
    t0 = time.monotonic()
    try:
        with pytest.raises(StoreConnectionError) as info:
            Neo4jStore(f"bolt://127.0.0.1:{port}", auth=("neo4j", "x"))
    finally:
        listener.close()
        for s in held:
            s.close()
    assert time.monotonic() - t0 < 8
    assert "\n" not in str(info.value) and f"127.0.0.1:{port}" in str(info.value)


def test_the_default_timeout_is_at_most_30_seconds(monkeypatch):
    from conceptkg.graph.watchdog import DEFAULT_TIMEOUT_S, timeout_from_env

    monkeypatch.delenv("CONCEPTKG_NEO4J_TIMEOUT", raising=False)
    assert timeout_from_env() == DEFAULT_TIMEOUT_S <= 30
    monkeypatch.setenv("CONCEPTKG_NEO4J_TIMEOUT", "7.5")
    assert timeout_from_env() == 7.5


def test_the_documented_import_path_gives_the_store():
    from conceptkg.graph import neo4j_store

    assert neo4j_store.Neo4jStore is Neo4jStore and neo4j_store.display_uri is display_uri


def test_credentials_in_the_uri_win_over_the_environment(monkeypatch):
    # the URI names this server's user: the environment's password (maybe another server's)
    # is neither used nor sent there
    monkeypatch.setenv("NEO4J_USERNAME", "neo4j")
    monkeypatch.setenv("NEO4J_PASSWORD", "env-secret-value")
    seen = {}

    def fake_connect(self, neo4j, uri, auth, *, quiet):
        seen.update(uri=uri, auth=auth)

    monkeypatch.setattr(Neo4jStore, "_connect", fake_connect)
    Neo4jStore.from_env("bolt://analyst:uri-pass@h:7687")
    assert seen == {"uri": "bolt://h:7687", "auth": ("analyst", "uri-pass")}
    Neo4jStore.from_env("bolt://h:7687")
    assert seen == {"uri": "bolt://h:7687", "auth": ("neo4j", "env-secret-value")}
    Neo4jStore.from_env("neo4j://%E5%B2%9A:p%40ss%3Aw@h:7687")  # a password with @ and :
    assert seen == {"uri": "neo4j://h:7687", "auth": ("岚", "p@ss:w")}


@pytest.mark.parametrize("uri", ["bolt://127.0.0.1:7687/kg", "neo4j://u:p@h:7687/岚州/"])
def test_a_database_in_the_uri_path_is_refused_with_the_option_to_use(uri):
    with pytest.raises(StoreConnectionError, match=r"--database") as info:
        Neo4jStore(uri)
    assert ":p@" not in str(info.value)


def test_a_login_locked_after_wrong_passwords_says_to_wait():
    # after 3 wrong passwords Neo4j refuses even the right one for a few seconds
    from neo4j import exceptions

    store = Neo4jStore.__new__(Neo4jStore)
    store._exc, store.uri, store.database = exceptions, "bolt://h:7687", None
    err = exceptions.Neo4jError._hydrate_neo4j(
        code="Neo.ClientError.Security.AuthenticationRateLimit",
        message="The client has provided incorrect authentication details too many times.")
    msg = str(store._translate(err))
    assert isinstance(store._translate(err), StoreConnectionError)
    assert msg.startswith("bolt://h:7687: ") and "wait" in msg and "NEO4J_PASSWORD" in msg


@pytest.mark.parametrize(("uri", "driver_text", "plain"), [
    ("bolt+ssc://h:7687", "[SSLEOFError] Connection Failed. Please ensure that your database is "
     "listening on the correct host and port and that you have enabled encryption if required. "
     "Failed to establish encrypted connection. (code 8: Exec format error)", "bolt://"),
    ("neo4j+s://h:7687", "Unable to retrieve routing information", "neo4j://"),
])
def test_a_tls_uri_to_a_server_without_tls_says_which_uri_to_try(uri, driver_text, plain):
    from neo4j import exceptions

    store = Neo4jStore.__new__(Neo4jStore)
    store._exc, store.uri, store.database = exceptions, uri, None
    msg = str(store._translate(exceptions.ServiceUnavailable(driver_text)))
    assert msg.startswith(f"{uri}: cannot reach the Neo4j server (") and "\n" not in msg
    assert f"use {plain}" in msg and "Exec format error" not in msg and len(msg) < 200, msg
