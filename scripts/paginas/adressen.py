"""Where things live on the site: one place for paths, anchors and step URLs."""

import re

MAP = "routekaart"  # generated folder inside docs/ (git-ignored)


def _deel(tekst: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", tekst.lower()).strip("-")


def anker(stap_id: str, route: str | None = None) -> str:
    """A step's anchor: "stap-2a" on its route's page; with ``route``, "ongeoorloofd-stap-2a"
    (an archived version is one page holding every route, and step ids repeat across routes)."""
    return (f"{_deel(route)}-" if route else "") + "stap-" + _deel(stap_id)


def route_anker(route: str) -> str:
    return "route-" + _deel(route)


def regio_url(slug: str) -> str:
    """Site-relative URL (no leading slash: the site may live under a sub-path)."""
    return f"{MAP}/{slug}/"


def route_url(slug: str, route: str) -> str:
    return f"{MAP}/{slug}/{route}/"


def stap_url(slug: str, route: str, stap_id: str) -> str:
    return f"{route_url(slug, route)}#{anker(stap_id)}"


def versie_url(slug: str, versie: str) -> str:
    """An archived version's page (a page or a folder; both are served at this address)."""
    return f"{MAP}/{slug}/versie-{versie.replace('.', '-')}/"
