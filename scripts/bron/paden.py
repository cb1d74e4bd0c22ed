"""Where the region sources live."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REGIONS = ROOT / "regions"
SCHEMA = REGIONS / "schema" / "regio.schema.json"
BESTAND = "regio.yaml"
