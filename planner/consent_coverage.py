"""Which agencies a client's consent covers (suostumuksen kattavuus): the one rule.

A consent names organisations and, optionally, units of them (directory rows: an agency with
no unit is the organisation itself). A participant's agency is covered when

- its organisation is named without a unit (the whole organisation: every unit of it), or
- its very unit is named (organisation and unit both).

Naming one unit covers neither the organisation's other units nor the organisation itself,
and a unit of the same name in another organisation ("Aikuissosiaalityö" of two wellbeing
services counties) is another unit. Names are compared as people type them apart: case,
Unicode form and runs of white space do not matter. The meeting warnings, the participants
table, the consent tab and the summary PDF all ask this module (issue 13, defect 1).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Protocol


class Named(Protocol):
    """An agency as the rule sees it (planner.domain.Agency)."""

    @property
    def name(self) -> str: ...

    @property
    def unit(self) -> str: ...


def name_key(text: str | None) -> str:
    """``" Pirkanmaan  HYVINVOINTIALUE"`` and ``"Pirkanmaan hyvinvointialue"`` are one name."""
    return " ".join(unicodedata.normalize("NFC", text or "").casefold().split())


def is_whole_organisation(agency: Named) -> bool:
    """A directory row without a unit stands for the whole organisation."""
    return not name_key(agency.unit)


class ConsentCoverage:
    """What the agencies named by the client's valid consents cover."""

    def __init__(self, named: Iterable[Named]) -> None:
        self._whole: set[str] = set()
        self._units: set[tuple[str, str]] = set()
        for agency in named:
            if is_whole_organisation(agency):
                self._whole.add(name_key(agency.name))
            else:
                self._units.add((name_key(agency.name), name_key(agency.unit)))

    def covers(self, agency: Named) -> bool:
        organisation, unit = name_key(agency.name), name_key(agency.unit)
        return organisation in self._whole or (bool(unit) and (organisation, unit) in self._units)
