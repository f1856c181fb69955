"""Fault suite (issue 6): every importer meets garbage and damaged copies of good files with a
clear, translated error — never a crash, never a half-imported record. The .ics busy times,
REPLY and PDF verifier have their own fuzz tests beside their features; this file covers the
PKCS#12 importer and mutated files of each kind end to end through the services."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exports.ical.reply_import import import_replies
from exports.signing import verify_pdf
from planner.errors import ValidationFailed, VerkostoError
from planner.services import Planner
from tests.support.signing import P12_PASSPHRASE, TestCa

CA = TestCa.create()
GOOD_P12 = CA.pkcs12("Sari Äijälä")
FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.too_slow,
                                       HealthCheck.function_scoped_fixture])


def _is_translated(error: VerkostoError) -> None:
    """Every message reaches the user in Finnish with its parameters filled in."""
    failures = error.errors if isinstance(error, ValidationFailed) else []
    for text in [error.message("fi"), *(e.message("fi") for e in failures)]:
        assert text and "{" not in text and "validation." not in text


def _mutations() -> st.SearchStrategy[bytes]:
    """A good file with bytes flipped, cut short, or grown with junk."""
    def mutate(data: bytes, flips: list[tuple[int, int]], cut: int | None,
               junk: bytes) -> bytes:
        out = bytearray(data)
        for position, value in flips:
            out[position % len(out)] = value
        if cut is not None:
            del out[cut % len(out):]
        return bytes(out) + junk
    return st.builds(mutate, st.just(GOOD_P12),
                     st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)),
                              max_size=6),
                     st.one_of(st.none(), st.integers(0, 10**6)), st.binary(max_size=40))


@FUZZ
@given(data=st.one_of(st.binary(max_size=3000), _mutations()),
       passphrase=st.sampled_from([P12_PASSPHRASE, "väärä", "x"]))
def test_pkcs12_import_never_crashes_and_keeps_nothing_bad(planner: Planner, data: bytes,
                                                           passphrase: str) -> None:
    before = planner.signing.show()
    try:
        planner.signing.import_pkcs12(data, passphrase)
    except VerkostoError as error:
        _is_translated(error)
        assert planner.signing.show() == before  # nothing half-kept
    else:  # a mutation that left the file valid (e.g. junk after the DER) is a real import
        shown = planner.signing.show()
        assert shown is not None and shown.certificate.common_name == "Sari Äijälä"


@FUZZ
@given(data=st.binary(max_size=2000))
def test_reply_import_with_garbage_records_nothing(planner: Planner, data: bytes) -> None:
    try:
        results = import_replies(planner, data)
    except VerkostoError as error:
        _is_translated(error)
    else:
        assert all(r.participant_id is None for r in results)  # no meeting of ours matched


@FUZZ
@given(data=st.binary(min_size=0, max_size=1500).map(lambda b: b"%PDF-1.7\n" + b))
def test_pdf_verifier_on_pdf_shaped_garbage(data: bytes) -> None:
    try:
        verify_pdf(data)
    except VerkostoError as error:
        _is_translated(error)
