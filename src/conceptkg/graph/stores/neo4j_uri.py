"""Neo4j URIs: the forms accepted, and the credentials taken out of them for messages."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit, urlunsplit

from ...errors import StoreConnectionError

__all__ = ["check_path", "check_port", "display_uri", "split_credentials"]


def display_uri(uri: str) -> str:
    """``uri`` without any ``user:password@`` part, for messages and logs."""
    parts = urlsplit(uri)
    if "@" not in parts.netloc:
        return uri
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


def split_credentials(uri: str) -> tuple[str, tuple[str, str] | None]:
    """The URI without its ``user:password@`` part, and those (percent-decoded: a password
    with ``@`` or ``:`` is written ``%40``, ``%3A``)."""
    parts = urlsplit(uri)
    if parts.username is None:
        return uri, None
    return display_uri(uri), (unquote(parts.username), unquote(parts.password or ""))


def check_port(uri: str) -> None:
    """Refuse a port outside 1-65535 (the driver would silently wrap it to another port)."""
    try:
        port = urlsplit(uri).port
    except ValueError:
        raise StoreConnectionError(f"{uri}: invalid port; use a number from 1 to 65535"
                                   ) from None
    if port is not None and not 1 <= port <= 65535:
        raise StoreConnectionError(f"{uri}: invalid port; use a number from 1 to 65535")


def check_path(uri: str) -> None:
    """Refuse a path after the address (``bolt://host:7687/kg``): the driver would ignore it and
    use the default database, which the user did not mean."""
    path = urlsplit(uri).path.strip("/")
    if path:
        raise StoreConnectionError(f"{uri}: a database is not part of the URI; use "
                                   f"--database {path} (or NEO4J_DATABASE)")
