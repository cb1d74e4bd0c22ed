"""Markdown pages made from the regions: region pages (``regiopaginas``), national pages
(``landelijk``), the text filters that keep region text plain (``weergave``), addresses and
anchors (``adressen``), route diagrams (``diagram`` + diagram.mjs), search words
(``zoekwoorden``), "wat is er veranderd" (``verschil``), long lists in parts (``opsplitsen``).
Templates in templates/."""
