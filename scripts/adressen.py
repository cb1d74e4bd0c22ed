"""Where things live on the site: one place for paths, anchors and step URLs."""

import re

MAP = "routekaart"  # generated folder inside docs/ (git-ignored)


def anker(stap_id: str) -> str:
    return "stap-" + re.sub(r"[^a-z0-9]+", "-", stap_id.lower()).strip("-")


def regio_url(slug: str) -> str:
    """Site-relative URL (no leading slash: the site may live under a sub-path)."""
    return f"{MAP}/{slug}/"


def route_url(slug: str, route: str) -> str:
    return f"{MAP}/{slug}/{route}/"


def stap_url(slug: str, route: str, stap_id: str) -> str:
    return f"{route_url(slug, route)}#{anker(stap_id)}"
