"""What changed between two versions of a region, in words staff and editors understand.

Computed from the structured data (ids of steps, thresholds, parties), never from a text
diff: "drempel ... 4 → 5 ziekmeldingen", "stap 4b toegevoegd", "partij hernoemd".
"""

from __future__ import annotations

from pagina_regio import drempel_tekst


def _per_id(items) -> dict:
    return {i["id"]: i for i in items or []}


def _lijstverschil(wat: str, oud: list, nieuw: list) -> list[str]:
    r = [f"{wat}: toegevoegd “{x}”" for x in nieuw if x not in oud]
    return r + [f"{wat}: vervallen “{x}”" for x in oud if x not in nieuw]


def _stap(route: str, oud: dict, nieuw: dict, partijen: dict) -> list[str]:
    naam = f"Stap {nieuw['id']} ({route})"
    r = []
    if oud["titel"] != nieuw["titel"]:
        r.append(f"{naam}: titel “{oud['titel']}” → “{nieuw['titel']}”")
    wie_oud = [partijen.get(p, p) for p in oud["partijen"]]
    wie_nieuw = [partijen.get(p, p) for p in nieuw["partijen"]]
    if wie_oud != wie_nieuw:
        r.append(f"{naam}: wie “{', '.join(wie_oud)}” → “{', '.join(wie_nieuw)}”")
    for veld, wat in (("acties", "actie"), ("adviezen", "advies")):
        r += [f"{naam}: {x}" for x in _lijstverschil(wat, oud.get(veld, []), nieuw.get(veld, []))]
    termijn_oud = [t["tekst"] for t in oud.get("termijnen", [])]
    termijn_nieuw = [t["tekst"] for t in nieuw.get("termijnen", [])]
    r += [f"{naam}: {x}" for x in _lijstverschil("termijn", termijn_oud, termijn_nieuw)]
    meld_oud = [f"{m['wat']} bij {m['bij']}" for m in oud.get("melden", [])]
    meld_nieuw = [f"{m['wat']} bij {m['bij']}" for m in nieuw.get("melden", [])]
    r += [f"{naam}: {x}" for x in _lijstverschil("melding", meld_oud, meld_nieuw)]
    if (oud.get("wanneer") or "") != (nieuw.get("wanneer") or ""):
        r.append(f"{naam}: wanneer deze stap geldt is anders beschreven")
    return r


def verschillen(oud: dict, nieuw: dict) -> list[str]:
    """Changes from ``oud`` to ``nieuw`` (two region dicts), one Dutch sentence each."""
    r: list[str] = []
    partijen = {p["id"]: p["naam"] for p in nieuw["partijen"]}
    for veld, wat in (("naam", "Naam van de regio"), ("samenwerkingsverband", "Samenwerkingsverband")):
        if oud[veld] != nieuw[veld]:
            r.append(f"{wat}: “{oud[veld]}” → “{nieuw[veld]}”")
    g_oud = {g["id"]: g["naam"] for g in oud["gemeenten"]}
    g_nieuw = {g["id"]: g["naam"] for g in nieuw["gemeenten"]}
    r += [f"Gemeente toegevoegd: {g_nieuw[g]}" for g in g_nieuw if g not in g_oud]
    r += [f"Gemeente vervallen: {g_oud[g]}" for g in g_oud if g not in g_nieuw]
    if oud["document"] != nieuw["document"]:
        d_oud, d_nieuw = oud["document"], nieuw["document"]
        r.append(f"Brondocument: “{d_oud['titel']}” ({d_oud.get('versie') or '-'}, "
                 f"{d_oud.get('datum') or '-'}) → “{d_nieuw['titel']}” "
                 f"({d_nieuw.get('versie') or '-'}, {d_nieuw.get('datum') or '-'})")

    p_oud, p_nieuw = _per_id(oud["partijen"]), _per_id(nieuw["partijen"])
    for i, p in p_nieuw.items():
        if i not in p_oud:
            r.append(f"Partij toegevoegd: {p['naam']}")
        elif p_oud[i]["naam"] != p["naam"]:
            r.append(f"Partij hernoemd: {p_oud[i]['naam']} → {p['naam']}")
        elif p_oud[i]["rol"] != p["rol"] or p_oud[i].get("per_gemeente") != p.get("per_gemeente"):
            r.append(f"Partij {p['naam']}: rol anders beschreven")
    r += [f"Partij vervallen: {p['naam']}" for i, p in p_oud.items() if i not in p_nieuw]

    r_oud, r_nieuw = _per_id(oud["routes"]), _per_id(nieuw["routes"])
    for i, route in r_nieuw.items():
        if i not in r_oud:
            r.append(f"Route toegevoegd: {route['titel']}")
            continue
        if r_oud[i]["titel"] != route["titel"]:
            r.append(f"Route hernoemd: {r_oud[i]['titel']} → {route['titel']}")
        s_oud, s_nieuw = _per_id(r_oud[i]["stappen"]), _per_id(route["stappen"])
        for sid, stap in s_nieuw.items():
            if sid not in s_oud:
                r.append(f"Stap {sid} toegevoegd ({route['titel']}): {stap['titel']}")
            else:
                r += _stap(route["titel"], s_oud[sid], stap, partijen)
        r += [f"Stap {sid} vervallen ({route['titel']}): {s['titel']}"
              for sid, s in s_oud.items() if sid not in s_nieuw]
    r += [f"Route vervallen: {route['titel']}" for i, route in r_oud.items() if i not in r_nieuw]

    d_oud, d_nieuw = _per_id(oud["drempels"]), _per_id(nieuw["drempels"])
    for i, d in d_nieuw.items():
        if i not in d_oud:
            r.append(f"Drempel toegevoegd: {d['omschrijving']} ({drempel_tekst(d)})")
        elif drempel_tekst(d_oud[i]) != drempel_tekst(d):
            r.append(f"Drempel {d['omschrijving']}: {drempel_tekst(d_oud[i])} → {drempel_tekst(d)}")
    r += [f"Drempel vervallen: {d['omschrijving']} ({drempel_tekst(d)})"
          for i, d in d_oud.items() if i not in d_nieuw]

    regel_oud, regel_nieuw = _per_id(oud["regels"]), _per_id(nieuw["regels"])
    for i, regel in regel_nieuw.items():
        if i not in regel_oud:
            r.append(f"Rekenhulp: nieuwe regel “{regel['uitleg']}”")
        elif {k: v for k, v in regel_oud[i].items() if k != "bron"} != \
                {k: v for k, v in regel.items() if k != "bron"}:
            r.append(f"Rekenhulp: regel gewijzigd “{regel['uitleg']}”")
    r += [f"Rekenhulp: regel vervallen “{x['uitleg']}”" for i, x in regel_oud.items()
          if i not in regel_nieuw]

    b_oud = {b["term"] for b in oud.get("begrippen", [])}
    b_nieuw = {b["term"] for b in nieuw.get("begrippen", [])}
    r += [f"Begrip toegevoegd: {b}" for b in sorted(b_nieuw - b_oud)]
    r += [f"Begrip vervallen: {b}" for b in sorted(b_oud - b_nieuw)]
    bl_oud, bl_nieuw = _per_id(oud.get("bijlagen")), _per_id(nieuw.get("bijlagen"))
    r += [f"Bijlage toegevoegd: {b['titel']}" for i, b in bl_nieuw.items() if i not in bl_oud]
    r += [f"Bijlage vervallen: {b['titel']}" for i, b in bl_oud.items() if i not in bl_nieuw]
    r += [f"Bijlage {b['titel']}: inhoud gewijzigd" for i, b in bl_nieuw.items()
          if i in bl_oud and bl_oud[i]["inhoud"] != b["inhoud"]]
    return r
