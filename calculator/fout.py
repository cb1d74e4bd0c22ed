"""Errors the calculator reports to its users, in Dutch."""


class InvoerFout(ValueError):
    """The situation cannot be classified: one message per wrong field.

    ``str()`` gives a Dutch text naming each field and what is allowed;
    ``fouten`` keeps them apart for a form that marks fields one by one.
    """

    def __init__(self, fouten: list[tuple[str, str]]):
        self.fouten = fouten
        super().__init__("\n".join(f"{veld}: {tekst}" for veld, tekst in fouten))


class RegelsFout(RuntimeError):
    """The rules data (generated from regions/) is missing or inconsistent."""
