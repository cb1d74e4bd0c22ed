"""The region schema as a validator, and its errors in Dutch (what is wrong, what is allowed)."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import fastjsonschema
import jsonschema

from bron.paden import SCHEMA


def waarde_tekst(w: Any) -> str:
    """A value as the editor wrote it in YAML, never a Python word ('None', 'True')."""
    if w is None:
        return "leeg"
    if isinstance(w, bool):
        return "true" if w else "false"
    if isinstance(w, str):
        return f"'{w}'" if w else "een lege tekst ('')"
    if isinstance(w, (int, float)):
        return f"{w:g}" if isinstance(w, float) else str(w)
    if isinstance(w, list):
        return "een lijst"
    if isinstance(w, dict):
        return "een groep velden"
    return str(w)


def uitleg_schemafout(fout: jsonschema.ValidationError) -> str:
    """Turn a jsonschema error into Dutch: what is wrong and what is allowed."""
    s: dict[str, Any] = fout.schema if isinstance(fout.schema, dict) else {}
    w: Any = fout.instance
    soort = fout.validator
    waarde: Any = fout.validator_value
    if soort == "required":
        ontbreekt = [v for v in waarde if v not in w]
        return f"verplicht veld ontbreekt: {', '.join(ontbreekt)}."
    if soort == "additionalProperties":
        toegestaan = ", ".join(s.get("properties", {}))
        extra = sorted(set(w) - set(s.get("properties", {})))
        return f"onbekend veld {', '.join(extra)}. Toegestaan: {toegestaan}."
    if soort == "enum":
        return f"{waarde_tekst(w)} is niet toegestaan. Kies een van: {', '.join(map(str, s['enum']))}."
    if soort == "const":
        return f"moet {waarde_tekst(s['const'])} zijn, niet {waarde_tekst(w)}."
    if soort == "type":
        namen = {"string": "tekst", "number": "getal", "integer": "heel getal", "array": "lijst",
                 "object": "groep velden", "boolean": "true of false", "null": "null"}
        types = s["type"] if isinstance(s["type"], list) else [s["type"]]
        return f"moet {' of '.join(namen.get(t) or t for t in types)} zijn, niet {waarde_tekst(w)}."
    if soort == "pattern":
        return f"{waarde_tekst(w)} heeft niet de goede vorm. {s.get('description', 'Patroon: ' + s['pattern'])}"
    if soort == "minLength":
        # An empty text is one message, whatever the minimum length ("naam" and "titel" alike).
        return ("mag niet leeg zijn: vul het in." if waarde <= 1 or w == ""
                else f"moet ten minste {waarde} tekens hebben, niet {waarde_tekst(w)}.")
    if soort == "minItems":
        return f"moet ten minste {s['minItems']} item(s) bevatten."
    if soort == "minimum":
        return f"moet {waarde_tekst(s['minimum'])} of meer zijn, niet {waarde_tekst(w)}."
    if soort == "exclusiveMinimum":
        return f"moet meer dan {waarde_tekst(s['exclusiveMinimum'])} zijn, niet {waarde_tekst(w)}."
    if soort == "maxLength":
        return f"mag hoogstens {s['maxLength']} tekens lang zijn."
    if soort in ("minProperties", "maxProperties"):
        return ("een voorwaarde heeft precies één sleutel, zoals {drempel: id}, "
                "{landelijk: ...}, {feit: ...}, {alle: [...]}.")
    if soort == "uniqueItems":
        return "bevat een waarde twee keer."
    return fout.message


def _zonder_verwijzingen(schema: dict) -> dict:
    """The schema with each non-recursive "$ref" replaced by what it points to.

    Resolving a $ref is most of jsonschema's time; only the recursive ones (a voorwaarde
    inside a voorwaarde) stay references.
    """
    defs = schema.get("$defs", {})

    def vervang(knoop, bezig: tuple[str, ...]):
        if isinstance(knoop, list):
            return [vervang(x, bezig) for x in knoop]
        if not isinstance(knoop, dict):
            return knoop
        ref = knoop.get("$ref", "")
        if ref.startswith("#/$defs/") and set(knoop) <= {"$ref", "description", "title"}:
            naam = ref.removeprefix("#/$defs/")
            if naam in defs and naam not in bezig:
                return {**vervang(defs[naam], bezig + (naam,)),
                        **{k: v for k, v in knoop.items() if k != "$ref"}}
        return {k: (v if k == "$defs" else vervang(v, bezig)) for k, v in knoop.items()}

    return vervang(schema, ())


@cache
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA.read_text("utf-8"))
    return jsonschema.Draft202012Validator(_zonder_verwijzingen(schema))


@cache
def _snelle_controle():
    """The schema compiled to Python (fastjsonschema): about seven times faster than
    jsonschema, but it stops at the first problem and words it in English."""
    return fastjsonschema.compile(_zonder_verwijzingen(json.loads(SCHEMA.read_text("utf-8"))))


def schemafouten(data: Any) -> list[tuple[tuple, str]]:
    """Every schema problem as (path, Dutch explanation); [] when ``data`` is valid.

    A file the compiled check accepts is valid (tests/unit/test_schemacontrole.py holds it to
    never accept what jsonschema rejects); only a rejected file goes through jsonschema, which
    lists every problem with its place.
    """
    try:
        _snelle_controle()(data)
        return []
    except fastjsonschema.JsonSchemaException:
        pass
    return [x for f in validator().iter_errors(data) for x in _uitgelegd(f)]


def _uitgelegd(fout: jsonschema.ValidationError) -> list[tuple[tuple, str]]:
    """One error as (path, Dutch); a "one of these forms" error (a gemeente as a name or as a
    group of fields, a contact with a phone, mail or website) names what is wrong inside the
    form the editor chose, or, when a required field is missing, the forms allowed."""
    if fout.validator in ("oneOf", "anyOf") and fout.context:
        binnen = [e for e in fout.context if e.relative_path or e.validator not in ("type", "required")]
        if binnen:
            return [x for e in binnen for x in _uitgelegd(e)]
        s = fout.schema if isinstance(fout.schema, dict) else {}
        if s.get("description"):
            return [(tuple(fout.absolute_path), f"klopt niet. {s['description']}")]
    return [(tuple(fout.absolute_path), uitleg_schemafout(fout))]
