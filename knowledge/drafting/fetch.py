"""Fetching an article page with httpx: http/https only, a time-out, a size limit, no private addresses.

Every hop of a redirect is checked again, and the host's addresses are resolved and
checked before connecting, so a public link cannot lead the bot into its own network
(loopback, private, link-local, reserved ranges). Tests allow private addresses to
serve pages from 127.0.0.1 (setting `draft_allow_private_urls`).
"""
from __future__ import annotations

import asyncio
import functools
import ipaddress
import socket
import ssl
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from .errors import ForbiddenAddress, NotAnArticle, TooLarge, UnreachableLink

MAX_BYTES = 2 * 1024 * 1024
TIMEOUT = 10.0
MAX_REDIRECTS = 5
USER_AGENT = "partnerbot-drafter/1.0 (+facts drafting for admins)"
TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown")


@dataclass(frozen=True)
class Page:
    """What a link served: its final address, media type and body."""

    url: str
    content_type: str
    body: bytes
    encoding: str | None = None

    def text(self) -> str:
        try:
            return self.body.decode(self.encoding or "utf-8")
        except (UnicodeDecodeError, LookupError):
            return self.body.decode("utf-8", errors="replace")


def check_url(url: str) -> tuple[str, int]:
    """(host, port) of an http(s) URL, or ForbiddenAddress."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise ForbiddenAddress(url, "only http and https links are fetched")
    if not parts.hostname:
        raise ForbiddenAddress(url, "the link has no host")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise ForbiddenAddress(url, "the link's port is not a number") from None
    return parts.hostname, port


def _is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return not (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved
                or ip.is_multicast or ip.is_unspecified)


async def check_host(url: str, *, allow_private: bool) -> None:
    """Resolve the host and refuse it if any of its addresses is not public."""
    host, port = check_url(url)
    if allow_private:
        return
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        raise UnreachableLink(url, "its host name does not resolve") from None
    for info in infos:
        if not _is_public(info[4][0]):
            raise ForbiddenAddress(url, "it points to a private, loopback or link-local address")


@functools.lru_cache(maxsize=1)
def _tls() -> ssl.SSLContext:
    """One TLS context for every fetch: building it (loading the CA bundle) takes 30-40 ms."""
    return httpx.create_ssl_context()


async def fetch(url: str, *, allow_private: bool = False, max_bytes: int = MAX_BYTES,
                timeout: float = TIMEOUT, transport: httpx.AsyncBaseTransport | None = None) -> Page:
    """GET `url` (following up to MAX_REDIRECTS checked redirects) and return the page, or a DraftError."""
    async with httpx.AsyncClient(timeout=timeout, follow_redirects=False, transport=transport, trust_env=False,
                                 verify=_tls(),
                                 headers={"User-Agent": USER_AGENT, "Accept": "text/html,text/plain;q=0.9,*/*;q=0.5"}
                                 ) as client:
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            await check_host(current, allow_private=allow_private)
            try:
                async with client.stream("GET", current) as response:
                    if response.is_redirect and "location" in response.headers:
                        current = urljoin(current, response.headers["location"])
                        continue
                    return await _read(current, response, max_bytes)
            except httpx.TimeoutException:
                raise UnreachableLink(url, f"it did not answer within {timeout:g} seconds") from None
            except httpx.HTTPError as exc:
                raise UnreachableLink(url, f"the connection failed ({type(exc).__name__})") from None
        raise UnreachableLink(url, "too many redirects")


async def _read(url: str, response: httpx.Response, max_bytes: int) -> Page:
    if response.status_code >= 400:
        raise UnreachableLink(url, f"the server answered {response.status_code} {response.reason_phrase}")
    media = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if media.startswith("image/"):
        raise NotAnArticle("That link", "it is an image")
    if media and media not in TEXT_TYPES:
        raise NotAnArticle("That link", f"it serves {media}, not a web page or text")
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise TooLarge("That page", max_bytes)
    body = bytearray()
    async for chunk in response.aiter_bytes():
        body += chunk
        if len(body) > max_bytes:
            raise TooLarge("That page", max_bytes)
    return Page(url=str(response.url), content_type=media or "text/html", body=bytes(body),
                encoding=response.charset_encoding)
