"""Public entry points: one situation and one region's rules in, one explained result out."""

from __future__ import annotations

import json

import calculator.antwoord as model
from calculator.contact import contact_voor
from calculator.fout import InvoerFout, RegelsFout
from calculator.gebruik import als_uitleg, niet_gebruikt, omrekenen
from calculator.invoer import lees_situatie
from calculator.melden import als_regionaal, melding, samenvoegen
from calculator.regio import toegepaste_regels
from calculator.samenvatting import ALLEEN_PLICHTIG, orden, samenvatting, soort_regel
from calculator.vragen import kort
from calculator.wet.leerplichtwet import beoordeel


def _bron(regio: dict, bron: dict) -> str:
    doc = regio["document"]
    druk = ", ".join(str(x) for x in (doc.get("versie") and f"versie {doc['versie']}",
                                      doc.get("datum")) if x)
    return f"{doc['titel']}{f' ({druk})' if druk else ''}, {bron['sectie']}"


def _stap(regio: dict, verwijzing: dict) -> dict:
    stap = regio["stappen"][f"{verwijzing['route']}/{verwijzing['stap']}"]
    return {k: stap[k] for k in ("id", "route", "route_titel", "titel", "partijen", "acties",
                                 "termijnen", "url", "nummer", "melden", "drempels") if k in stap}


def _niet_plichtig(land_uitleg: list[dict]) -> dict:
    """Age before counts: say why absence without a valid reason is not relatief verzuim here."""
    reden = next((x for x in land_uitleg if x["regel"] == "wet:niet-leerplichtig"),
                 {"bron": "Leerplichtwet 1969, art. 3 en 4a", "url": None})
    return {"regel": "soort:niet-leerplichtig",
            "tekst": "De leerplicht en de kwalificatieplicht gelden niet voor deze leerling (zie "
                     "de uitleg bij de leeftijd), dus er is geen verzuim in de zin van de "
                     "Leerplichtwet. De afspraken van de regio voor deze leeftijd blijven gelden.",
            "bron": reden["bron"], "url": reden["url"]}


def _verzuim_ingevuld(s: dict) -> bool:
    """Answers that would be relatief or absoluut verzuim for a pupil under leerplicht."""
    return s.get("ingeschreven") is False or any(s.get(v) for v in (
        "ongeoorloofd_uren_4_weken", "ongeoorloofd_uren_schooljaar", "ongeoorloofd_weken_aaneengesloten",
        "te_laat_schooljaar", "luxe", "rond_vakantie"))


def _uitkomst(regio: dict, s: dict, ingevuld: set[str]) -> dict:
    s, uitleg = omrekenen(s, regio)
    land = beoordeel(s, s["peildatum"])
    plichtig = "niet-leerplichtig" not in land.uitkomsten
    soorten = set(land.soorten)
    partijen = regio.get("partijen", {})
    landelijk = [melding(m, partijen, m["bron"], m.get("url")) for m in land.melden]
    regionaal: list[dict] = []
    uitleg = list(land.uitleg) + uitleg
    stappen: list[dict] = []
    teksten: list[str] = []  # the region's words for this situation (its own word for a kind)
    # The region's rules still see the national outcomes: its agreements hold at any age.
    for regel in toegepaste_regels(regio, s, land.uitkomsten):
        dan = regel["dan"]
        soorten.update(dan.get("soorten", []))
        regionaal += [als_regionaal(melding(m, partijen, _bron(regio, m.get("bron") or regel["bron"]),
                                            None)) for m in dan.get("melden", [])]
        eigen = [_stap(regio, v) for v in dan.get("stappen", [])]
        stappen.extend(stap for stap in eigen if stap not in stappen)
        teksten += [regel["uitleg"], *(st["titel"] for st in eigen)]
        uitleg.append({"regel": f"{regio['slug']}:{regel['id']}", "tekst": regel["uitleg"],
                       "bron": _bron(regio, regel["bron"]),
                       "url": eigen[0]["url"] if eigen else regio["url"]})
    geen_relatief = not plichtig and bool(soorten & ALLEEN_PLICHTIG or _verzuim_ingevuld(s))
    if geen_relatief:
        soorten -= ALLEEN_PLICHTIG  # age before counts
        uitleg.append(_niet_plichtig(land.uitleg))
    if "melding-16-uur" in land.uitkomsten:
        soorten.discard("signaal")  # signaalverzuim is only below the 16-hour line
    melden = samenvoegen(landelijk, regionaal)
    ongebruikt = niet_gebruikt(ingevuld, regio, s.get("onderwijs"))
    uitleg += als_uitleg(ongebruikt, regio, _bron(regio, {"sectie": "drempels en regels"}))
    gesorteerd = orden(soorten)
    antwoord = _antwoord(regio, s, gesorteerd, melden, stappen, uitleg, teksten, geen_relatief)
    return {
        "regio": regio["slug"], "peildatum": s["peildatum"], "soorten": gesorteerd,
        "melden": melden, "stappen": stappen, "uitleg": uitleg,
        "samenvatting": samenvatting(antwoord), "niet_gebruikt": ongebruikt,
        "antwoord": antwoord.als_dict(),
    }


def _antwoord(regio: dict, s: dict, soorten: list[str], melden: list[dict], stappen: list[dict],
              uitleg: list[dict], teksten: list[str], geen_relatief: bool) -> model.Antwoord:
    acties = model.orden_acties([model.actie(m, stappen) for m in melden])
    for a in acties:  # contract C3: whom to reach, or whom to ask
        a.contact = contact_voor(regio, a.partij, s.get("gemeente"))
    eigen = model.eigen_woord(soorten, teksten)
    return model.Antwoord(
        soort=soort_regel(soorten, acties, stappen, geen_relatief, eigen), soorten=soorten,
        acties=acties, volgende_stap=model.bereikte_stap(stappen, regio, s, acties),
        waarom=[model.reden(u) for u in uitleg])


def _vergelijkbaar(u: dict) -> tuple:
    return (u["soorten"], u["melden"], u["stappen"])


def classify(situatie: object, regels: dict) -> dict:
    """Classify one situation under one region's rules; raises InvoerFout (Dutch, per question)."""
    if not isinstance(regels, dict) or not isinstance(regels.get("regels"), list):
        raise RegelsFout("de regels van de regio zijn geen geldig regelbestand")
    s = lees_situatie(situatie, regels)
    ingevuld = {k for k, v in situatie.items() if v is not None} if isinstance(situatie, dict) else set()
    uitkomst = _uitkomst(regels, s, ingevuld)
    if "onderwijs" not in s:
        # Several sectors (lees_situatie fills in the only one): ask only where the route differs.
        po = _uitkomst(regels, {**s, "onderwijs": "po"}, ingevuld)
        vo = _uitkomst(regels, {**s, "onderwijs": "vo"}, ingevuld)
        if _vergelijkbaar(po) != _vergelijkbaar(vo):
            raise InvoerFout([("onderwijs", "is nodig voor deze situatie in deze regio: de route "
                                            "verschilt voor po en vo. Kies po of vo.")])
    return uitkomst


def _lees_json(tekst: object, veld: str) -> object:
    if not isinstance(tekst, str):
        raise InvoerFout([(veld, f"moet JSON-tekst zijn, niet {kort(tekst)}.")])
    try:
        return json.loads(tekst)
    except json.JSONDecodeError as fout:
        raise InvoerFout([(veld, f"is geen geldige JSON ({fout.msg}, regel {fout.lineno}).")]) from None
    except (ValueError, RecursionError):  # more than 4300 digits, or nested too deep
        raise InvoerFout([(veld, "is te groot of te diep genest om te lezen.")]) from None


def classify_response_json(situatie_json: str, regels_json: str | None = None) -> str:
    """For the browser: never raises; returns {"ok": true, "result"} or {"ok": false, "fouten"}.

    JSON strings across the boundary keep Python objects from leaking into JavaScript.
    ``fouten`` is ``[{veld, vraag, tekst}]``: the form marks ``veld`` and shows ``vraag``.
    """
    try:
        if regels_json is None:  # the old one-argument call: the wheel holds no rules any more
            raise RegelsFout("de regels van de regio zijn niet meegegeven")
        regels = _lees_json(regels_json, "regels")
        if not isinstance(regels, dict):
            raise RegelsFout("de regels van de regio zijn geen JSON-object")
        antwoord: dict = {"ok": True, "result": classify(_lees_json(situatie_json, "situatie"), regels)}
    except InvoerFout as fout:
        antwoord = {"ok": False, "fouten": fout.lijst()}
    except Exception as fout:  # noqa: BLE001 - the worker must always get an answer
        tekst = (f"De regels van deze regio konden niet gebruikt worden ({fout}). Laad de pagina "
                 "opnieuw; blijft dit gebeuren, meld het dan aan de beheerders van de site."
                 if isinstance(fout, RegelsFout) else
                 f"Er ging iets mis in de rekenhulp ({type(fout).__name__}). Meld dit aan de "
                 "beheerders van de site; de routekaart zelf blijft bruikbaar.")
        antwoord = {"ok": False, "fouten": [{"veld": "regels", "vraag": "Regels van de regio",
                                             "tekst": tekst}]}
    return json.dumps(antwoord, ensure_ascii=False)


def classify_json(situatie_json: str, regels_json: str) -> str:
    """classify() with JSON strings; raises InvoerFout or RegelsFout like classify()."""
    regels = _lees_json(regels_json, "regels")
    if not isinstance(regels, dict):
        raise RegelsFout("de regels van de regio zijn geen JSON-object")
    return json.dumps(classify(_lees_json(situatie_json, "situatie"), regels), ensure_ascii=False)
