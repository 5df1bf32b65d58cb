"""Fetching article links: http(s) only, no private addresses (also after a redirect), size and type limits.

The transports are httpx's MockTransport: no network is used; numeric addresses resolve locally.
"""
from __future__ import annotations

import httpx
import pytest

from knowledge.drafting.errors import ForbiddenAddress, NotAnArticle, TooLarge, UnreachableLink
from knowledge.drafting.fetch import fetch

PUBLIC = "http://93.184.216.34/news/1"  # a public address, never contacted: the transport answers


def transport(handler) -> httpx.MockTransport:
    return httpx.MockTransport(handler)


@pytest.mark.parametrize("url, reason", [
    ("ftp://93.184.216.34/a.txt", "only http and https links are fetched"),
    ("file:///etc/passwd", "only http and https links are fetched"),
    ("http://127.0.0.1:8080/", "private, loopback or link-local"),
    ("http://10.1.2.3/", "private, loopback or link-local"),
    ("http://169.254.169.254/latest/meta-data/", "private, loopback or link-local"),
    ("http://[::1]/", "private, loopback or link-local"),
    ("http://localhost/", "private, loopback or link-local"),
])
async def test_forbidden_links_are_refused_before_connecting(url, reason):
    """Ensure other schemes and private, loopback and link-local hosts are refused without a request."""
    calls = []
    with pytest.raises(ForbiddenAddress, match=reason):
        await fetch(url, transport=transport(lambda request: calls.append(request) or httpx.Response(200)))
    assert calls == []


async def test_a_redirect_to_a_private_address_is_refused():
    """Ensure every hop of a redirect is checked: a public page redirecting to 127.0.0.1 is not followed."""
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(302, headers={"Location": "http://127.0.0.1/admin"})

    with pytest.raises(ForbiddenAddress):
        await fetch(PUBLIC, transport=transport(handler))
    assert seen == [PUBLIC]


async def test_a_page_is_returned_with_its_type_and_final_address():
    """Ensure a redirect within public addresses is followed and the page's body and type come back."""
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/news/1":
            return httpx.Response(301, headers={"Location": "/news/1-moved"})
        return httpx.Response(200, html="<html><body><p>Hello</p></body></html>")

    page = await fetch(PUBLIC, transport=transport(handler))
    assert page.url.endswith("/news/1-moved") and page.content_type == "text/html" and b"Hello" in page.body


@pytest.mark.parametrize("response, error, reason", [
    (httpx.Response(200, content=b"\x89PNG", headers={"Content-Type": "image/png"}), NotAnArticle, "image"),
    (httpx.Response(200, content=b"%PDF", headers={"Content-Type": "application/pdf"}), NotAnArticle,
     "application/pdf"),
    (httpx.Response(404), UnreachableLink, "404"),
    (httpx.Response(200, content=b"x" * 3_000_000, headers={"Content-Type": "text/html"}), TooLarge, "2 MB"),
])
async def test_bad_responses_are_refused_with_a_reason(response, error, reason):
    """Ensure images, other types, error statuses and pages over the size limit are refused."""
    with pytest.raises(error, match=reason):
        await fetch(PUBLIC, transport=transport(lambda request: response))
