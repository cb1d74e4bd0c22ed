"""Mutation testing of the engine: `make mutatie` (a command, not a test; it takes minutes).

Runs mutmut (config in pyproject.toml: mutates calculator/, runs tests/unit against each
mutant), then prints the score and every surviving mutant. Survivors that are equivalent
(no test could tell them apart) are listed with the reason in tests/mutanten.md.
"""

from __future__ import annotations

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
    if overlevers:
        print("\nOverlevers (bekijk er een met: .venv/bin/mutmut show <naam>):")
        for naam in overlevers:
            print(f"  {naam}")
    print("\nGelijkwaardige overlevers en waarom: tests/mutanten.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
