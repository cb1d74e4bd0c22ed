"""A problem in a region file: file, place (path and line) and what is expected, in Dutch."""

from __future__ import annotations

import sys
from dataclasses import dataclass


@dataclass
class RegioFout:
    bestand: str
    pad: str
    regel: int | None
    tekst: str

    def __str__(self) -> str:
        plek = f"{self.bestand}" + (f", regel {self.regel}" if self.regel else "")
        return f"{plek}: {self.pad or '(hele bestand)'}: {self.tekst}"


class RegioFouten(Exception):
    def __init__(self, fouten: list[RegioFout]):
        self.fouten = fouten
        super().__init__("\n".join(map(str, fouten)))

    def meld(self, gevolg: str) -> None:
        """Every problem on stderr, after one line that says how many and what follows."""
        print(f"{len(self.fouten)} fout(en) in de regiobestanden; {gevolg}:", file=sys.stderr)
        for f in self.fouten:
            print(f"- {f}", file=sys.stderr)


def pad_tekst(pad) -> str:
    tekst = ""
    for deel in pad:
        tekst += f"[{deel + 1}]" if isinstance(deel, int) else (("." if tekst else "") + deel)
    return tekst
