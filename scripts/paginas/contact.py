"""Contact details where staff act (contract C3): on a step, on the A4 and in the Rekenhulp.

A region gives a contact on a party (``partijen[].contact``) or, per party, on a gemeente
(``gemeenten[].contact[]`` with ``partij``). Every value comes with the place it came from;
where the route has none, one sentence tells staff whom to ask instead of leaving nothing.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from paginas.weergave import letterlijk

GEEN_CONTACT = ("Contactgegevens staan niet in de routekaart; vraag ze aan je "
                "verzuimcoördinator.")

MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")


def datum_in_woorden(iso: str) -> str:
    """'2026-12-07' -> '7 december 2026'."""
    jaar, maand, dag = (int(x) for x in iso.split("-"))
    return f"{dag} {MAANDEN[maand - 1]} {jaar}"


def tel_link(nummer: str) -> str:
    """'06 416 24 870' -> 'tel:+31641624870' (a phone dials it from the page)."""
    cijfers = re.sub(r"[^0-9+]", "", nummer)
    if cijfers.startswith("0") and not cijfers.startswith(("0800", "0900")):
        cijfers = "+31" + cijfers[1:]
    return f"tel:{cijfers}"


def _website_tekst(url: str) -> str:
    """A website as people read it: its host (a long path would not wrap on a phone)."""
    d = urlsplit(url)
    return d.netloc.removeprefix("www.")


def contact_delen(c: dict) -> list[str]:
    """The contact's ways in, as Markdown: 'bel [06 416 24 870](tel:…)', 'mail …', 'website …'."""
    uit = []
    if c.get("telefoon"):
        uit.append(f"bel [{letterlijk(c['telefoon'])}](<{tel_link(c['telefoon'])}>)")
    if c.get("email"):
        uit.append(f"mail [{letterlijk(c['email'])}](<mailto:{c['email']}>)")
    if c.get("website"):
        uit.append(f"website [{letterlijk(_website_tekst(c['website']))}](<{c['website']}>)")
    return uit


def contact_zin(naam: str, c: dict) -> str:
    """One whole sentence: '**Steunpunt …**: bel 06 416 24 870 of website pro.sppoh.nl/….'"""
    delen = contact_delen(c)
    wegen = delen[0] if len(delen) == 1 else ", ".join(delen[:-1]) + " of " + delen[-1]
    return f"**{letterlijk(c.get('naam') or naam)}**: {wegen}."


def vindplaats(v: dict) -> str:
    """Where a fact comes from, as Markdown: the region's document or a web page with its date."""
    if v.get("url"):
        tekst = (f"[{letterlijk(v['titel'])}](<{v['url']}>), geraadpleegd op "
                 f"{datum_in_woorden(v['geraadpleegd'])}")
    else:
        tekst = f"het brondocument, {letterlijk(v['sectie'])}"
    if v.get("citaat"):
        tekst += f": “{letterlijk(v['citaat'])}”"
    return tekst


def contacten(regio: dict, partij_ids: list[str]) -> list[dict]:
    """The contacts of these parties: {partij, naam, gemeente (or None), contact}, the party's
    own first, then per gemeente."""
    namen = {p["id"]: p["naam"] for p in regio["partijen"]}
    uit = [{"partij": p["id"], "naam": p["naam"], "gemeente": None, "contact": p["contact"]}
           for p in regio["partijen"] if p["id"] in partij_ids and p.get("contact")]
    for g in regio["gemeenten"]:
        for c in g.get("contact", []):
            if c["partij"] in partij_ids:
                uit.append({"partij": c["partij"], "naam": f"{namen[c['partij']]} ({g['naam']})",
                            "gemeente": g["naam"], "contact": c})
    return uit


def heeft_contacten(regio: dict) -> bool:
    return any(p.get("contact") for p in regio["partijen"]) or any(
        g.get("contact") for g in regio["gemeenten"])
