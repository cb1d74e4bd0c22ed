"""Errors the calculator reports to its users, in Dutch."""

from __future__ import annotations


class InvoerFout(ValueError):
    """The situation cannot be classified: one message per wrong field.

    ``fouten`` holds (field, text) pairs; the text names questions by their label, so a form
    can show it next to the field. ``lijst()`` adds each question's label for the form and
    the command line.
    """

    def __init__(self, fouten: list[tuple[str, str]]):
        self.fouten = fouten
        super().__init__("\n".join(f"{veld}: {tekst}" for veld, tekst in fouten))

    def lijst(self) -> list[dict[str, str]]:
        from calculator.vragen import label  # late: vragen is data, fout is imported everywhere

        return [{"veld": veld, "vraag": label(veld), "tekst": tekst} for veld, tekst in self.fouten]


class RegelsFout(RuntimeError):
    """The rules data (generated from regions/) is missing or inconsistent."""
