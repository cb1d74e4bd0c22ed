"""The command-line contract: JSON in, JSON out, exit 2 with Dutch messages on bad input."""

import json
import subprocess
import sys

import calculator


def cli(*args, invoer=""):
    return subprocess.run([sys.executable, "-m", "calculator", *args], input=invoer,
                          capture_output=True, text=True)


def test_regios_toont_de_slugs():
    r = cli("regios")
    assert r.returncode == 0 and r.stdout.split() == [x["slug"] for x in calculator.regios()]


def test_classify_geeft_hetzelfde_als_de_functie():
    regio = calculator.regios()[0]
    s = {"onderwijs": regio["sectoren"][0], "ongeoorloofd_uren_4_weken": 16,
         "peildatum": "2026-11-23"}
    r = cli("classify", "--regio", regio["slug"], invoer=json.dumps(s))
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == calculator.classify({**s, "regio": regio["slug"]})


def test_ongeldige_invoer_exit_2_niets_op_stdout():
    regio = calculator.regios()[0]["slug"]
    r = cli("classify", "--regio", regio, invoer='{"ongeoorloofd_uren_4_weken": -3, "x": 1}')
    assert r.returncode == 2 and r.stdout == ""
    assert "ongeoorloofd_uren_4_weken" in r.stderr and "x: is geen bekend veld" in r.stderr


def test_geen_json():
    r = cli("classify", invoer="{kapot")
    assert r.returncode == 2 and r.stdout == "" and "geen geldige JSON" in r.stderr
