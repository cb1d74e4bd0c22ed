"""MkDocs hook: a heading's permalink ("¶") is for the mouse and for copying a link.

It stays out of the tab order (a keyboard user would otherwise pass one per heading before
reaching the content) and out of the search index (Pagefind would show "¶" in every result
title and excerpt). Issue 21, part 5.
"""

from __future__ import annotations

import re

KOPLINK = re.compile(r'<a class="headerlink"')


def on_page_content(html: str, **_kwargs) -> str:
    return KOPLINK.sub('<a class="headerlink" tabindex="-1" data-pagefind-ignore="all"', html)
