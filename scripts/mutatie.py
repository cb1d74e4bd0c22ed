"""Mutation testing of the engine: `make mutatie` (a command, not a test; it takes minutes).

Runs mutmut (config in pyproject.toml: mutates calculator/, runs tests/unit against each
mutant), then prints the score and every surviving mutant. Survivors that are equivalent
(no test could tell them apart) are listed with the reason in tests/mutanten.md.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTMUT = [sys.executable, "-m", "mutmut"]


def _mutmut(*args: str, check: bool = True) -> str:
    klaar = subprocess.run([*MUTMUT, *args], cwd=ROOT, capture_output=True, text=True)
    if check and klaar.returncode != 0:
        sys.stderr.write(klaar.stdout + klaar.stderr)
        raise SystemExit(f"mutmut {' '.join(args)} faalde (exit {klaar.returncode}).")
    return klaar.stdout


class _ZonderTekst(ast.NodeTransformer):
    """An AST with every text blanked and help texts dropped: what is left is the logic."""

    def visit_Constant(self, knoop: ast.Constant) -> ast.AST:
        return ast.Constant("") if isinstance(knoop.value, str) else knoop

    def visit_JoinedStr(self, knoop: ast.JoinedStr) -> ast.AST:
        return ast.Constant("")

    def visit_keyword(self, knoop: ast.keyword) -> ast.AST | None:
        return None if knoop.arg in ("help", "description") else self.generic_visit(knoop)


def _logica(functie: ast.FunctionDef) -> str:
    kopie = ast.parse(ast.unparse(functie)).body[0]
    assert isinstance(kopie, ast.FunctionDef)
    kopie.name = ""
    return ast.dump(_ZonderTekst().visit(kopie))


def alleen_tekst(overlevers: list[str]) -> set[str]:
    """The survivors whose only change is wording (a message, a help text): the tests check
    outcomes and sources, not sentences (tests/mutanten.md). Read from mutmut's mutants/."""
    functies: dict[str, ast.FunctionDef] = {}
    for pad in (ROOT / "mutants" / "calculator").rglob("*.py"):
        module = ".".join(pad.relative_to(ROOT / "mutants").with_suffix("").parts).removesuffix(".__init__")
        for knoop in ast.walk(ast.parse(pad.read_text("utf-8"))):
            if isinstance(knoop, ast.FunctionDef) and "__mutmut_" in knoop.name:
                functies[f"{module}.{knoop.name}"] = knoop
    tekst = set()
    for naam in overlevers:
        origineel = functies.get(naam.rsplit("__mutmut_", 1)[0] + "__mutmut_orig")
        if naam in functies and origineel and _logica(functies[naam]) == _logica(origineel):
            tekst.add(naam)
    return tekst


def main() -> int:
    kinderen = str(max(1, (os.cpu_count() or 2) - 0))
    print(f"==> mutmut run --max-children {kinderen} (calculator/ tegen tests/unit/)", flush=True)
    gedaan = subprocess.run([*MUTMUT, "run", "--max-children", kinderen], cwd=ROOT, check=False)
    if gedaan.returncode != 0:
        print(f"mutmut run stopte met exit {gedaan.returncode}: de tests slagen niet zonder mutant "
              "(zie hierboven).", file=sys.stderr)
        return 1
    _mutmut("export-cicd-stats")
    stats = json.loads((ROOT / "mutants" / "mutmut-cicd-stats.json").read_text("utf-8"))
    gedood = stats.get("killed", 0) + stats.get("timeout", 0)
    overleefd = stats.get("survived", 0)
    beoordeeld = gedood + overleefd
    score = 100 * gedood / beoordeeld if beoordeeld else 0.0
    print(f"\nMutanten: {stats.get('total', beoordeeld)} in totaal, {gedood} gedood, "
          f"{overleefd} overleefd, {stats.get('no_tests', 0)} zonder test, "
          f"{stats.get('skipped', 0)} overgeslagen.")
    print(f"Score: {score:.1f}% gedood van de beoordeelde mutanten.")
    overlevers = [r.split(":")[0].strip() for r in _mutmut("results").splitlines()
                  if r.strip().endswith("survived")]
    tekst = alleen_tekst(overlevers)
    logica = [n for n in overlevers if n not in tekst]
    print(f"Van de overlevers veranderen {len(tekst)} alleen tekst (een melding, een helptekst); "
          f"{len(logica)} veranderen logica.")
    print(f"Score zonder tekstmutanten: {100 * gedood / max(1, gedood + len(logica)):.1f}%.")
    if logica:
        print("\nOverlevers die logica veranderen (bekijk er een met: .venv/bin/mutmut show <naam>):")
        for naam in logica:
            print(f"  {naam}")
    print("\nGelijkwaardige overlevers en waarom: tests/mutanten.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
