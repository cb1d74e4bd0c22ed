"""Reading region YAML: libyaml where present, dates kept as text, each text parsed once per
build, and line numbers per path (only computed when there is an error to report)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import yaml

# libyaml's parser (C) where present: parsing was most of the build time at 225 regions.
_Basis = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Basis):  # type: ignore[misc, valid-type]
    """Safe YAML where 2026-01-01 stays the text '2026-01-01' (as the schema expects)."""


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

# During one build every file is parsed once: inside ``eenmalig()`` the same text gives the
# same (read-only) object. Outside it, every call parses afresh (callers may change the data).
_GELEZEN: dict[object, object] | None = None


@contextmanager
def eenmalig() -> Iterator[None]:
    global _GELEZEN
    vorige, _GELEZEN = _GELEZEN, {} if _GELEZEN is None else _GELEZEN
    try:
        yield
    finally:
        _GELEZEN = vorige


def gelezen() -> dict[object, object] | None:
    """What this build has read so far (None outside ``eenmalig()``)."""
    return _GELEZEN


def lees_yaml(tekst: str):
    if _GELEZEN is None:
        return _laad(tekst)
    if tekst not in _GELEZEN:
        _GELEZEN[tekst] = _laad(tekst)
    return _GELEZEN[tekst]


_STR, _MAP, _SEQ = (f"tag:yaml.org,2002:{t}" for t in ("str", "map", "seq"))


class _Anders(Exception):
    """Something the quick conversion does not do (merge keys, tags, odd keys)."""


def _python(knoop: yaml.Node, scalair: _Loader):
    if isinstance(knoop, yaml.ScalarNode):
        # Text is most of a region file; numbers, true/false and null by PyYAML's own rules.
        return knoop.value if knoop.tag == _STR else scalair.construct_document(knoop)
    if isinstance(knoop, yaml.SequenceNode) and knoop.tag == _SEQ:
        return [_python(x, scalair) for x in knoop.value]
    if isinstance(knoop, yaml.MappingNode) and knoop.tag == _MAP:
        uit = {}
        for k, v in knoop.value:
            if not isinstance(k, yaml.ScalarNode) or k.tag not in (_STR, "tag:yaml.org,2002:int"):
                raise _Anders
            uit[_python(k, scalair)] = _python(v, scalair)
        return uit
    raise _Anders


def _laad(tekst: str):
    """``yaml.load(tekst, Loader=_Loader)``, a quarter to a half faster for region files.

    libyaml builds the node tree (C); the nodes become Python objects here instead of through
    PyYAML's general constructor, which was most of the parse time. Anything unusual (anchors
    with merge keys, explicit tags) goes through the full loader, so the result is always the
    same (tests/unit/test_yaml_snel.py).
    """
    knoop = yaml.compose(tekst, Loader=_Loader)
    if knoop is None:
        return None
    try:
        return _python(knoop, _Loader(""))
    except _Anders:
        return yaml.load(tekst, Loader=_Loader)


def regels_per_pad(tekst: str) -> dict[tuple, int]:
    """Line numbers per path; only computed when there is an error to report."""
    try:
        knoop = yaml.compose(tekst, Loader=_Loader)
    except yaml.YAMLError:
        return {}
    return _regels_per_pad(knoop) if knoop else {}


def _regels_per_pad(node, pad=()) -> dict[tuple, int]:
    """Map each path in the YAML document to its line number (1-based)."""
    regels = {pad: node.start_mark.line + 1}
    if isinstance(node, yaml.MappingNode):
        for sleutel, waarde in node.value:
            regels.update(_regels_per_pad(waarde, pad + (sleutel.value,)))
    elif isinstance(node, yaml.SequenceNode):
        for i, waarde in enumerate(node.value):
            regels.update(_regels_per_pad(waarde, pad + (i,)))
    return regels
