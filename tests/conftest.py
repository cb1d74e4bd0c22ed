"""For the whole suite: which worker runs what, and in which order (pytest-xdist).

`make test` runs pytest on several workers (``-n N --dist loadgroup``): each test goes to the
next free worker, in collection order. A long test handed out last keeps one worker busy while
the others are idle, so the long ones go first: the integration tests (real builds in scratch
copies), then tests marked ``traag``, then the browser tests, then the quick unit and data tests.
Within a tier pytest's own order holds.

A module-scoped fixture is built once per worker that runs a test of its module, so the tests of
a module that use one are kept together on one worker: they form a group, named after the
module. Tests of several modules that share something expensive can name one group themselves:
``pytestmark = pytest.mark.xdist_group("<name>")``. (pytest-xdist 3.8 cannot put its groups in
pytest 9's node ids, so the groups travel from the workers to the scheduler below in a file.)
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# Lower runs earlier.
VOLGORDE = {"integratie": 0, "browser": 2, "data": 3, "unit": 3}
GROEPEN = "routekaart_groepen"  # the workers' input: where they write the groups


def _rang(item: pytest.Item) -> int:
    if item.get_closest_marker("traag"):
        return 1
    try:
        delen = item.path.relative_to(item.config.rootpath).parts
    except ValueError:
        return 3
    return VOLGORDE.get(delen[1], 3) if len(delen) > 2 and delen[0] == "tests" else 3


def _groep(item: pytest.Item) -> str | None:
    marker = item.get_closest_marker("xdist_group")
    if marker:
        return str(marker.args[0] if marker.args else marker.kwargs.get("name", "default"))
    info = getattr(item, "_fixtureinfo", None)
    if info and any(defs and defs[-1].scope == "module" for defs in info.name2fixturedefs.values()):
        return item.path.relative_to(item.config.rootpath).as_posix() if item.path.is_relative_to(
            item.config.rootpath) else str(item.path)
    return None


@pytest.hookimpl(wrapper=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]):
    yield
    # After the other hooks (pytest's own reordering by parameter included); a stable sort.
    items.sort(key=_rang)
    map_ = getattr(config, "workerinput", {}).get(GROEPEN)
    if map_:  # a worker: tell the scheduler the groups (every worker collects the same)
        groepen = {item.nodeid: g for item in items if (g := _groep(item))}
        doel = Path(map_) / f"{config.workerinput['workerid']}.json"
        tijdelijk = doel.with_suffix(".tmp")
        tijdelijk.write_text(json.dumps(groepen), "utf-8")
        os.replace(tijdelijk, doel)


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node) -> None:
    config = node.config
    if not hasattr(config, "_routekaart_groepen"):
        config._routekaart_groepen = tempfile.mkdtemp(prefix="groepen-")
    node.workerinput[GROEPEN] = config._routekaart_groepen


def pytest_unconfigure(config: pytest.Config) -> None:
    if hasattr(config, "_routekaart_groepen"):
        shutil.rmtree(config._routekaart_groepen, ignore_errors=True)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log):
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class Groepen(LoadScopeScheduling):
        """One test per unit of work, except a group: its tests go to one worker together.
        Units are handed out in collection order (not biggest group first)."""

        def __init__(self, config: pytest.Config, log=None):
            super().__init__(config, log)
            config.option.loadscopereorder = False
            self.groepen: dict[str, str] | None = None

        def _split_scope(self, nodeid: str) -> str:
            if "@" in nodeid:  # a pytest-xdist that can name groups in node ids
                return nodeid.rsplit("@", 1)[-1]
            if self.groepen is None:
                self.groepen = {}
                for pad in sorted(Path(config._routekaart_groepen).glob("*.json")):
                    self.groepen.update(json.loads(pad.read_text("utf-8")))
            groep = self.groepen.get(nodeid)
            return f"groep:{groep}" if groep else nodeid

    return Groepen(config, log)
