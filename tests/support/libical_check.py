"""libical, the parser of GNOME Evolution and of many calendar servers, as an independent reader of
the calendar files Verkosto writes (tests/test_ical_libical.py).

Runs under the system Python (``/usr/bin/python3``) with PyGObject and libical's GObject binding
(Debian: python3-gi, gir1.2-ical-3.0), which the project's virtual environment cannot import;
standard library and ``gi`` only, nothing of the project. Usage::

    /usr/bin/python3 tests/support/libical_check.py FILE.ics|FILE.eml …

Each .ics is parsed whole; of an .eml every text/calendar part and every attached .ics is parsed
(the iMIP copies). For each calendar libical's RFC 5546 restriction check runs on the
VCALENDAR (by its METHOD: REQUEST, CANCEL, PUBLISH …), and every X-LIC-ERROR property anywhere
in the tree is reported: libical writes one for what it could not parse ("No value for
DESCRIPTION property. Removing entire property") and for each failed restriction ("Expected 1
instances of the property ORGANIZER"). Prints JSON ``{"libical": …, "files": {path: [{"part",
"method", "events", "issues": […]}]}}``.

Exit codes: 0 nothing found, 1 an issue in some file, 2 wrong usage, 3 PyGObject or the ICalGLib
3.0 binding is missing (the message says what to install).
"""

from __future__ import annotations

import json
import sys
from email import message_from_bytes
from email.policy import default
from pathlib import Path
from typing import Any

MISSING = 3
INSTALL = "apt-get install python3-gi gir1.2-ical-3.0"

try:
    import gi

    gi.require_version("ICalGLib", "3.0")
    from gi.repository import ICalGLib
except (ImportError, ValueError) as error:  # ValueError: the typelib is not installed
    print(f"libical's GObject binding is missing ({error}); install it: {INSTALL}",
          file=sys.stderr)
    raise SystemExit(MISSING) from None


def _components(component: Any) -> Any:
    """``component`` and every component inside it, depth first."""
    yield component
    child = component.get_first_component(ICalGLib.ComponentKind.ANY_COMPONENT)
    while child is not None:
        yield from _components(child)
        child = component.get_next_component(ICalGLib.ComponentKind.ANY_COMPONENT)


def _kind(component: Any) -> str:
    return str(ICalGLib.Component.kind_to_string(component.isa()))


def _errors(root: Any) -> list[str]:
    """Every X-LIC-ERROR property in the tree (with its X-LIC-ERRORTYPE), and any component
    libical could not make sense of."""
    found: list[str] = []
    for component in _components(root):
        kind = _kind(component)
        if component.isa() == ICalGLib.ComponentKind.XLICINVALID_COMPONENT:
            found.append(f"{kind}: invalid component")
        prop = component.get_first_property(ICalGLib.PropertyKind.XLICERROR_PROPERTY)
        while prop is not None:
            parameter = prop.get_first_parameter(ICalGLib.ParameterKind.XLICERRORTYPE_PARAMETER)
            error_type = (parameter.as_ical_string().partition("=")[2]
                          if parameter is not None else "")
            found.append(f"{kind}: {error_type} {prop.get_xlicerror()}".replace("  ", " "))
            prop = component.get_next_property(ICalGLib.PropertyKind.XLICERROR_PROPERTY)
    return found


def check_calendar(text: str) -> dict[str, Any]:
    """libical's reading of one calendar: its METHOD, how many events, and every issue."""
    root = ICalGLib.Parser.parse_string(text)
    if root is None:
        return {"method": None, "events": 0, "issues": ["libical found no component"]}
    if root.isa() != ICalGLib.ComponentKind.VCALENDAR_COMPONENT:
        return {"method": None, "events": 0,
                "issues": [f"the outermost component is {_kind(root)}, not VCALENDAR"]}
    method_property = root.get_first_property(ICalGLib.PropertyKind.METHOD_PROPERTY)
    method = method_property.get_value_as_string() if method_property is not None else None
    # The check adds an X-LIC-ERROR (type INVALID-ITIP) to the component that fails it; it
    # stops at the first such component, so one finding per calendar at most.
    valid = ICalGLib.restriction_check(root)
    issues = _errors(root)
    if not valid and not any("INVALID-ITIP" in issue for issue in issues):
        issues.append("the RFC 5546 restriction check failed")
    events = root.count_components(ICalGLib.ComponentKind.VEVENT_COMPONENT)
    return {"method": method, "events": events, "issues": issues}


def _calendar_parts(path: Path) -> list[tuple[str, bytes]]:
    """(which part, its bytes): the file itself, or an e-mail's calendar parts."""
    data = path.read_bytes()
    if path.suffix.lower() != ".eml":
        return [("file", data)]
    parts: list[tuple[str, bytes]] = []
    for number, part in enumerate(message_from_bytes(data, policy=default).walk()):
        filename = part.get_filename() or ""
        if part.get_content_type() == "text/calendar" or filename.lower().endswith(".ics"):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                parts.append((f"part {number} {part.get_content_type()} {filename}".rstrip(),
                              payload))
    return parts


def check_file(path: Path) -> list[dict[str, Any]]:
    try:
        parts = _calendar_parts(path)
    except OSError as error:
        return [{"part": "file", "method": None, "events": 0, "issues": [str(error)]}]
    if not parts:
        return [{"part": "file", "method": None, "events": 0,
                 "issues": ["no text/calendar part and no .ics attachment"]}]
    results: list[dict[str, Any]] = []
    for part, data in parts:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            results.append({"part": part, "method": None, "events": 0,
                            "issues": [f"not UTF-8: {error}"]})
            continue
        results.append({"part": part, **check_calendar(text)})
    return results


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    files = {name: check_file(Path(name)) for name in argv}
    version = getattr(ICalGLib, "_version", "3.0")
    print(json.dumps({"libical": version, "files": files}, ensure_ascii=False, indent=1))
    return 1 if any(result["issues"] for results in files.values() for result in results) else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
