"""Whom to reach for an action (contract C3): ``Actie.contact``.

The region's rules (``contacten`` in its JSON, written from ``partijen[].contact`` and
``gemeenten[].contact[]``) give telefoon, email and website per party, some per gemeente. An
action gets ``{"zin", "wegen", "url"}``: ``zin`` is one whole Dutch sentence to print as it
is; ``wegen`` the ways in ({naam, gemeente, telefoon, email, website}) for a template that
links them; ``url`` (site-relative) a page that explains more. A report to DUO's register
needs no phone number: its sentence says how a school reports there. Where the route gives no
contact, the sentence says whom to ask; nothing is ever made up.
"""

from __future__ import annotations

from calculator.wet import duo

GEEN_CONTACT = ("Contactgegevens staan niet in de routekaart; vraag ze aan je "
                "verzuimcoördinator.")
VIA_DUO = ("duo", "rmc")


def _weg_zin(w: dict) -> str:
    namen = {"telefoon": "telefoon", "email": "e-mail", "website": "website"}
    delen = [f"{woord} {w[k]}" for k, woord in namen.items() if w.get(k)]
    wegen = delen[0] if len(delen) == 1 else ", ".join(delen[:-1]) + " of " + delen[-1]
    return f"{w['naam']}: {wegen}"


def contact_voor(regio: dict, partij: str, gemeente: str | None = None) -> dict:
    """The contact of an action for ``partij`` in ``gemeente`` (an id, or None: all gemeenten)."""
    if partij in VIA_DUO:
        return {"zin": duo.ZIN, "wegen": [], "url": duo.PAGINA}
    wegen = [w for w in (regio.get("contacten") or {}).get(partij, [])
             if gemeente is None or w.get("gemeente_id") in (None, gemeente)]
    if not wegen:
        return {"zin": GEEN_CONTACT, "wegen": [], "url": None}
    zin = "Contact: " + "; ".join(_weg_zin(w) for w in wegen) + "."
    return {"zin": zin, "wegen": wegen, "url": None}
