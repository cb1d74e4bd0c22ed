"""For the whole suite: the order in which tests are handed out.

`make test` runs pytest on several workers (pytest-xdist, ``-n N --dist loadgroup``): each
test goes to the next free worker, in collection order. A long test handed out last keeps one
worker busy while the others are idle, so the long ones go first (longest first): the
integration tests (real builds in scratch copies), then tests marked ``traag``, then the
browser tests, then the quick unit and data tests. Within a tier the collection order holds.

A module-scoped fixture is built once per worker that runs a test of its module: the tests of
a module that use one are kept together on one worker (an ``xdist_group`` named after the
module), so that it is built once. Tests of several modules that share something expensive can
name one group themselves: ``pytestmark = pytest.mark.xdist_group("<name>")``.
"""

from __future__ import annotations

import pytest

# Lower runs earlier.
VOLGORDE = {"integratie": 0, "browser": 2, "data": 3, "unit": 3}


def _rang(item: pytest.Item) -> int:
    if item.get_closest_marker("traag"):
        return 1
    try:
        delen = item.path.relative_to(item.config.rootpath).parts
    except ValueError:
        return 3
    return VOLGORDE.get(delen[1], 3) if len(delen) > 2 and delen[0] == "tests" else 3


def _gebruikt_modulefixture(item: pytest.Item) -> bool:
    info = getattr(item, "_fixtureinfo", None)
    if info is None:
        return False
    return any(defs and defs[-1].scope == "module" for defs in info.name2fixturedefs.values())


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if not item.get_closest_marker("xdist_group") and _gebruikt_modulefixture(item):
            item.add_marker(pytest.mark.xdist_group(item.path.stem))
    items.sort(key=_rang)  # stable: within a tier the collection order holds
