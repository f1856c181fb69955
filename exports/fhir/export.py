"""``verkosto fhir CLIENT_ID --out bundle.json``: the client's case as a FHIR R4 Bundle,
written together with its audit entry (an export; with the HETU or without it)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from exports.fhir.bundle import build_bundle
from exports.output import write_logged
from planner.domain.enums import AuditAction
from planner.services import Planner, Release


@dataclass(frozen=True)
class WrittenBundle:
    path: Path
    resources: int


def bundle_bytes(planner: Planner, client_id: int, *, include_hetu: bool) -> tuple[bytes, int]:
    bundle = build_bundle(planner.handover.source(client_id), include_hetu=include_hetu,
                          now=planner.now())
    text = json.dumps(bundle, ensure_ascii=False, indent=1, sort_keys=False)
    return text.encode("utf-8") + b"\n", len(bundle["entry"])


def write_fhir_bundle(planner: Planner, client_id: int, out: Path, *, include_hetu: bool,
                      force: bool = False) -> WrittenBundle:
    """Write the bundle to ``out`` and log it as an export, all or nothing."""
    content, count = bundle_bytes(planner, client_id, include_hetu=include_hetu)
    release = Release(AuditAction.EXPORT, "fhir_bundle", client_id, client_id,
                      f"FHIR R4 Bundle, {count} resources"
                      + (", with HETU" if include_hetu else ", without HETU") + f": {out.name}",
                      "case hand-over")
    (path,) = write_logged(planner, {out: content}, [release], force=force)
    return WrittenBundle(path, count)
