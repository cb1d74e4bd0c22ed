"""What the Rekenhulp in the browser gets: the rules of each region as JSON (``regels_json``)."""
