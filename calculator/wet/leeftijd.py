"""Dates of the Leerplichtwet: school year, start and end of the (volledige) leerplicht.

Art. 3, eerste lid: leerplicht begins on the first school day of the month after the month of
the 5th birthday and ends at the end of the school year in which the pupil turns 16 (onder b),
or earlier, at the end of the school year after which the pupil has completed twelve full
school years (onder a). A school year runs from 1 August to 31 July.
"""

from __future__ import annotations

import datetime as _dt

MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")


def datum(waarde: object) -> _dt.date:
    return waarde if isinstance(waarde, _dt.date) else _dt.date.fromisoformat(str(waarde))


def tekst(d: _dt.date) -> str:
    """'1 augustus 2026'."""
    return f"{d.day} {MAANDEN[d.month - 1]} {d.year}"


def schooljaar(peildatum: _dt.date) -> tuple[_dt.date, _dt.date]:
    """First and last day of the school year that holds ``peildatum`` (1 August - 31 July)."""
    begin = peildatum.year if peildatum.month >= 8 else peildatum.year - 1
    return _dt.date(begin, 8, 1), _dt.date(begin + 1, 7, 31)


def verjaardag(geboortedatum: _dt.date, jaren: int) -> _dt.date:
    """The day a person reaches ``jaren``; born on 29 February: 1 March in other years."""
    try:
        return geboortedatum.replace(year=geboortedatum.year + jaren)
    except ValueError:
        return _dt.date(geboortedatum.year + jaren, 3, 1)


def leeftijd_op(geboortedatum: _dt.date, peildatum: _dt.date) -> int:
    jaren = peildatum.year - geboortedatum.year
    return jaren if verjaardag(geboortedatum, jaren) <= peildatum else jaren - 1


def leerplicht_begint(geboortedatum: _dt.date, beginleeftijd: int) -> _dt.date:
    """The first day of the month after the month of the birthday (the law: the first
    school day of that month; days before it that are not school days cannot be missed)."""
    dag = verjaardag(geboortedatum, beginleeftijd)
    return _dt.date(dag.year + dag.month // 12, dag.month % 12 + 1, 1)


def volledige_leerplicht_eindigt(geboortedatum: _dt.date, eindleeftijd: int) -> _dt.date:
    """31 July of the school year in which the pupil reaches ``eindleeftijd`` (art. 3 onder b)."""
    return schooljaar(verjaardag(geboortedatum, eindleeftijd))[1]
