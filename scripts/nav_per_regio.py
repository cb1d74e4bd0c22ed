"""MkDocs hook: each page's navigation lists its own region only.

With ~225 regions, a navigation that lists every region on every page makes each page grow
with N (and the site with N²). The Regio's section keeps its own pages (overview, comparison,
wettelijk kader: a fixed number of entries) and, on a region's pages, that one region; the
overview page and the home page list the regions (in alphabetical parts once there are many).
Only what is rendered changes: previous/next links and the sitemap still see the whole
navigation.
"""

from __future__ import annotations

import re
from typing import Any

from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

# A region's section is the one with its versions page (generate._summary gives every region
# one); the national sections (vergelijking/, wettelijk-kader/) have an index.md too.
REGIO_VERSIES = re.compile(r"^routekaart/[^/]+/versies\.md$")

# Per Section: (its full children, which of them are regions). Filled once per build.
_VOLLEDIG: dict[int, tuple[Section, list[Any], list[bool]]] = {}


def _is_regio(item: Any) -> bool:
    if not isinstance(item, Section):
        return False
    return any(isinstance(c, Page) and REGIO_VERSIES.match(c.file.src_uri) for c in item.children)


def _secties(items: list[Any]):
    for item in items:
        if isinstance(item, Section):
            yield item
            yield from _secties(item.children)


def on_nav(nav: Navigation, **_: Any) -> Navigation:
    _VOLLEDIG.clear()
    for sectie in _secties(nav.items):
        regios = [_is_regio(c) for c in sectie.children]
        if any(regios):
            _VOLLEDIG[id(sectie)] = (sectie, list(sectie.children), regios)
    return nav


def on_page_context(context: dict, page: Page, **_: Any) -> dict:
    # Pages render one at a time right after this hook, so setting the children here is
    # what this page's template sees; the next page sets them again.
    for sectie, kinderen, regios in _VOLLEDIG.values():
        sectie.children = [c for c, r in zip(kinderen, regios, strict=True) if not r or c.active]
    return context


def on_template_context(context: dict, template_name: str, **_: Any) -> dict:
    # The theme's own pages (404.html) are rendered before any page, from the full
    # navigation: they belong to no region, so they list none.
    if template_name.endswith(".html"):
        for sectie, kinderen, regios in _VOLLEDIG.values():
            sectie.children = [c for c, r in zip(kinderen, regios, strict=True) if not r]
    return context


def on_post_build(**_: Any) -> None:
    for sectie, kinderen, _regios in _VOLLEDIG.values():
        sectie.children = kinderen
