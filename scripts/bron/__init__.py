"""Region sources in: read (``lezen``), check (``schema``, ``tekstcontrole``, ``regios``), keep
checked files between builds (``cache``), published versions and their guard (``versies``),
and editors' notices (``waarschuwingen``). ``regios.laad_alle`` is the entry point."""
