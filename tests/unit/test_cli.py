"""The command-line contract: JSON in, JSON out, exit 2 with Dutch messages on bad input."""

import contextlib
import io
import json
import subprocess
import sys
from types import SimpleNamespace

import pytest

import calculator
from calculator.__main__ import main


def cli(*args, invoer=""):
    """``python -m calculator ...`` in this process, so mutation testing sees every line it
    runs (test_als_commando starts the real command once)."""
    uit, fout = io.StringIO(), io.StringIO()
    oud_stdin, sys.stdin = sys.stdin, io.StringIO(invoer)
    try:
        with contextlib.redirect_stdout(uit), contextlib.redirect_stderr(fout):
            try:
                code = main(list(args))
            except SystemExit as stop:  # argparse stops on bad arguments
                code = stop.code if isinstance(stop.code, int) else 2
    finally:
        sys.stdin = oud_stdin
    return SimpleNamespace(returncode=code, stdout=uit.getvalue(), stderr=fout.getvalue())


def test_als_commando(regels_map):
    r = subprocess.run([sys.executable, "-m", "calculator", "regios", "--regels", str(regels_map)],
                       capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.split() == cli("regios", "--regels", str(regels_map)).stdout.split()


@pytest.fixture
def cli_hier(monkeypatch, capsys):
    """The same command in this process (fast enough for a matrix of cases)."""
    def run(*args, invoer=""):
        monkeypatch.setattr(sys, "stdin", io.StringIO(invoer))
        code = main(list(args))
        uit = capsys.readouterr()
        return SimpleNamespace(returncode=code, stdout=uit.out, stderr=uit.err)
    return run


def test_regios_toont_de_slugs(regels_map):
    r = cli("regios", "--regels", str(regels_map))
    assert r.returncode == 0 and r.stdout.split() == [x["slug"] for x in calculator.regios(regels_map)]
    assert set(r.stdout.split()) >= {"noord-kennemerland", "sppoh", "swv-po-3006", "swv-vo-2001", "twente"}


def test_classify_geeft_hetzelfde_als_de_functie(regels_map, alle_regels):
    s = {"onderwijs": "vo", "ongeoorloofd_uren_4_weken": 16, "peildatum": "2026-11-23"}
    r = cli("classify", "--regio", "twente", "--regels", str(regels_map), invoer=json.dumps(s))
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == calculator.classify({**s, "regio": "twente"}, alle_regels["twente"])


def test_regio_mag_ook_in_de_invoer(regels_map):
    r = cli("classify", "--regels", str(regels_map), invoer='{"regio": "sppoh", "peildatum": "2026-11-23"}')
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["regio"] == "sppoh"


def test_ongeldige_invoer_exit_2_niets_op_stdout(regels_map):
    r = cli("classify", "--regio", "twente", "--regels", str(regels_map),
            invoer='{"ongeoorloofd_uren_4_weken": -3, "x": 1}')
    assert r.returncode == 2 and r.stdout == ""
    assert "Uren ongeoorloofd afwezig in de laatste 4 lesweken (ongeoorloofd_uren_4_weken): moet 0 of meer" in r.stderr
    assert "Onbekend veld 'x': is geen vraag van de rekenhulp" in r.stderr and "Bekende velden:" in r.stderr


def test_geen_json(regels_map):
    r = cli("classify", "--regels", str(regels_map), invoer="{kapot")
    assert r.returncode == 2 and r.stdout == "" and "geen geldige JSON" in r.stderr


@pytest.mark.parametrize("regio", ["[]", '{"naam": "twente"}', "null", "true", "12", '"../../etc/passwd"',
                                   '"' + "x" * 5000 + '"', "1e999", "NaN"])
def test_elk_json_type_in_regio_geeft_exit_2(regels_map, regio, cli_hier):
    r = cli_hier("classify", "--regels", str(regels_map), invoer='{"regio": %s}' % regio)
    assert r.returncode == 2 and r.stdout == "", r.stderr
    assert "Regio (regio):" in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr) < 2000  # a long value is shortened, never echoed whole


@pytest.mark.parametrize("veld", ["onderwijs", "gemeente", "ongeoorloofd_uren_4_weken", "luxe", "peildatum",
                                  "geboortedatum", "leeftijd"])
@pytest.mark.parametrize("waarde", ["[]", "{}", "[[[[1]]]]", '{"a": {"b": null}}', "true", "1e999", "-1e999",
                                    "NaN", "Infinity", "1" + "0" * 400, '"' + "y" * 10000 + '"'])
def test_elk_json_type_in_elk_veld_geeft_exit_2(regels_map, veld, waarde, cli_hier):
    r = cli_hier("classify", "--regio", "twente", "--regels", str(regels_map),
                 invoer='{"onderwijs": "po", "%s": %s}' % (veld, waarde))
    if (veld, waarde) == ("luxe", "true"):  # the one valid answer in this matrix
        assert r.returncode == 0, r.stderr
        return
    assert r.returncode == 2 and r.stdout == "", r.stderr
    assert f"({veld}):" in r.stderr and "Traceback" not in r.stderr and len(r.stderr) < 2000


def test_diep_genest_en_te_lange_getallen(regels_map):
    for invoer in ["[" * 100_000 + "]" * 100_000, '{"leeftijd": ' + "9" * 5000 + "}"]:
        r = cli("classify", "--regio", "twente", "--regels", str(regels_map), invoer=invoer)
        assert r.returncode == 2 and r.stdout == "" and "Traceback" not in r.stderr, r.stderr[-500:]


def test_ontbrekende_regels_exit_3(tmp_path):
    r = cli("classify", "--regio", "twente", "--regels", str(tmp_path), invoer="{}")
    assert r.returncode == 3 and "ontbreekt" in r.stderr


def test_niet_gebruikt_ook_op_de_opdrachtregel(regels_map):
    s = {"onderwijs": "po", "peildatum": "2026-11-23", "ziekmeldingen_12_weken": 5}
    r = cli("classify", "--regio", "twente", "--regels", str(regels_map), invoer=json.dumps(s))
    u = json.loads(r.stdout)
    assert [x["veld"] for x in u["niet_gebruikt"]] == ["ziekmeldingen_12_weken"]
    assert any(x["regel"] == "niet-gebruikt:ziekmeldingen_12_weken" for x in u["uitleg"])
