"""Open data: every published version of every region in a public format (JSON and CSV),
with an index, a JSON Schema and a Frictionless Data Package. See formaat.py (the contract)
and schrijf.py (what goes where under docs/data/)."""
