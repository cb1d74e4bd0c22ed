"""Gemeenten in one shape: a region file may list a gemeente as a name ("Enschede") or as a
group of fields ({naam, aliassen, contact}); every reader after the check sees
{id, naam, aliassen, contact, links}."""

from __future__ import annotations

import re
import unicodedata


def gewoon(tekst: str) -> str:
    """Lower case without accents, hyphens or apostrophes as spaces: how a visitor types a
    place ("s gravenhage", "rijssen holten"). The chooser (rekenhulp-regio.js) does the same."""
    t = unicodedata.normalize("NFKD", tekst)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", t).split())


def gemeente_id(naam: str) -> str:
    """'Rijssen-Holten' -> 'rijssen-holten', "'s-Gravenhage" -> 's-gravenhage'."""
    return gewoon(naam).replace(" ", "-")


def als_object(g: str | dict) -> dict:
    """An entry as {id, naam, ...}; still valid against the schema (readers use .get for the
    optional aliassen and contact)."""
    if isinstance(g, str):
        return {"id": gemeente_id(g), "naam": g}
    return {"id": g.get("id") or gemeente_id(g["naam"]), **{k: v for k, v in g.items() if k != "id"}}


def normaliseer(data: dict) -> None:
    """The region's gemeenten as objects with an id (in place; the file was checked against
    the schema). The id of a name is the name in lower case with hyphens ('hof-van-twente')."""
    if isinstance(data.get("gemeenten"), list):
        data["gemeenten"] = [als_object(g) if isinstance(g, str) or (isinstance(g, dict) and "naam" in g)
                             else g for g in data["gemeenten"]]


def fouten(data: dict, partijen: set[str]) -> list[tuple[tuple, str]]:
    """A name or alias twice (two gemeenten the chooser cannot tell apart), a contact for a
    party the region does not have."""
    uit: list[tuple[tuple, str]] = []
    gezien: dict[str, str] = {}
    for i, g in enumerate(data["gemeenten"]):
        for j, naam in enumerate([g["naam"], *g.get("aliassen", [])]):
            pad = ("gemeenten", i) + (("naam",) if j == 0 else ("aliassen", j - 1))
            sleutel = gewoon(naam)
            if sleutel in gezien and gezien[sleutel] != g["id"]:
                uit.append((pad, f"{naam!r} staat al bij gemeente {gezien[sleutel]!r}: een naam "
                                 "of alias mag maar bij één gemeente staan."))
            gezien.setdefault(sleutel, g["id"])
        for k, c in enumerate(g.get("contact", [])):
            if c["partij"] not in partijen:
                uit.append((("gemeenten", i, "contact", k, "partij"),
                            f"onbekende partij {c['partij']!r}. Bekend: {', '.join(sorted(partijen))}."))
    return uit
