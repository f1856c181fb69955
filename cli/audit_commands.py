"""`verkosto audit --verify [--against FILE]` and `--acknowledge-rollback`.

The store is opened to inspect even when its log is behind its outside anchor, so these two
can show (and acknowledge) what was found.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from cli.output import print_json
from exports.audit_heads import head_of_file
from planner.errors import AuditHeadNotHeld, FieldError, ValidationFailed, anchor_time
from planner.messages import translate
from planner.services import ChainReport, Planner
from planner.services.store_admin import rolled_back_error


def verify(planner: Planner, args: argparse.Namespace, language: str) -> int:
    report = planner.audit.verify()
    lines: list[tuple[str, bool]] = []  # (text, to stderr)
    data: dict[str, Any] = _report_json(report)
    code = 0
    if not report.intact:
        lines.append((translate("audit.chain_broken", language, entry=report.broken_at,
                                reason=translate(report.reason, language)), True))
        code = 5
    else:
        lines.append((translate("audit.chain_ok", language, count=report.count), False))
    found = report.anchor
    if found is not None and found.rolled_back:
        lines.append((rolled_back_error(found).render("audit.rolled_back_found", language),
                      True))
        code = code or 24
    elif found is not None and found.anchor is not None:
        lines.append((translate("audit.anchor_ok", language, id=found.anchor.head.entry_id,
                                at=anchor_time(found.anchor.at)), False))
    if args.against is not None:
        try:
            carried = head_of_file(args.against)
            export_entry = planner.audit.check_carried(carried.head, carried.document_id)
        except AuditHeadNotHeld as error:
            data["against"] = {"file": str(args.against), "held": False,
                               "reason": error.params.get("detail", "")}
            lines.append((translate("audit.against_not_held", language, path=args.against,
                                    detail=error.message(language)), True))
            code = code or error.exit_code
        except OSError as error:
            raise ValidationFailed([FieldError("against", "validation.file_unreadable",
                                               {"path": str(args.against),
                                                "reason": error.strerror or str(error)})]
                                   ) from error
        else:
            data["against"] = {"file": str(args.against), "held": True, "kind": carried.kind,
                               "entry": carried.head.entry_id, "export_entry": export_entry}
            key = "audit.against_held_export" if export_entry else "audit.against_held"
            lines.append((translate(key, language, path=args.against,
                                    entry=carried.head.entry_id, export=export_entry), False))
    if args.json:
        print_json(data)
    else:
        for text, to_stderr in lines:
            print(text, file=sys.stderr if to_stderr else sys.stdout)
    return code


def _report_json(report: ChainReport) -> dict[str, Any]:
    found = report.anchor
    anchor: dict[str, Any] | None = None
    if found is not None:
        anchor = {"state": found.state,
                  "entry": found.anchor.head.entry_id if found.anchor else None,
                  "at": found.anchor.at if found.anchor else None}
    return {"intact": report.intact, "entries": report.count, "broken_at": report.broken_at,
            "reason": report.reason, "head": report.head.entry_id if report.head else 0,
            "anchor": anchor}


def acknowledge(planner: Planner, language: str) -> int:
    found = planner.store.anchor_check
    if found is None or not found.rolled_back:
        print(translate("audit.nothing_to_acknowledge", language))
        return 0
    print(rolled_back_error(found).render("audit.rolled_back_found", language), file=sys.stderr)
    entry = planner.audit.acknowledge_rollback()
    print(translate("audit.rollback_acknowledged", language, entry=entry.id))
    return 0
