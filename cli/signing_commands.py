"""`verkosto verify`, `verkosto signer`, `verkosto cosign` and `verkosto trust`: signed PDFs
from the command line.

`verify` works without a store too: a supervisor may have only the PDF and the CA's
certificate. When a store exists in the data dir (and --no-store is not given), the
certificates it trusts — its own user's included — are trusted as well.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from planner.errors import (
    FieldError,
    SignerMissing,
    SigningPassphraseRequired,
    ValidationFailed,
)
from planner.input_files import CERTIFICATE_MAX_BYTES, PDF_MAX_BYTES, read_input
from planner.messages import translate

if TYPE_CHECKING:  # `verkosto` without a command parses these arguments too: keep it light
    from cryptography import x509

    from planner.services import Planner
    from planner.services.signing_identity import CertificateInfo

PASSPHRASE_ENV = "VERKOSTO_SIGNING_PASSPHRASE"


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    verify = commands.add_parser(
        "verify", parents=[common],
        help="check a signed PDF: signer, time, intact or modified after signing, trusted "
             "(exit 0 only when intact and trusted; 50 untrusted, 51 modified, 52 broken, "
             "53 not signed, 54 not a readable PDF)")
    verify.add_argument("file", type=Path, metavar="FILE.pdf")
    verify.add_argument("--trust", type=Path, action="append", default=[], metavar="CA.pem",
                        help="a certificate (PEM or DER) to trust; may be repeated")
    verify.add_argument("--no-store", action="store_true",
                        help="do not open the store, trust only the --trust certificates")
    verify.add_argument("--json", action="store_true", help="print JSON")
    verify.set_defaults(handler="verify")

    signer = commands.add_parser(
        "signer", parents=[common],
        help=f"show, import or create the certificate summaries are signed with "
             f"(passphrase from ${PASSPHRASE_ENV}, else asked at a terminal)")
    action = signer.add_mutually_exclusive_group()
    action.add_argument("--import", dest="import_file", type=Path, metavar="FILE.p12",
                        help="import the organisation's PKCS#12 (.p12/.pfx)")
    action.add_argument("--create", action="store_true",
                        help="create a signing certificate naming the profile (3 years), issued "
                             "by the store's own organisation root (made the first time)")
    action.add_argument("--export-root", type=Path, metavar="FILE.pem",
                        help="write the root certificate supervisors trust once (PEM); an "
                             "existing file only with --force")
    signer.add_argument("--rsa", action="store_true",
                        help="with --create: an RSA-3072 key instead of EC P-256")
    signer.add_argument("--show", action="store_true", help="show the certificate (default)")
    signer.add_argument("--save-passphrase", action="store_true",
                        help="keep the certificate's passphrase in the system keyring")
    signer.add_argument("--forget-passphrase", action="store_true",
                        help="remove the passphrase from the keyring")
    signer.add_argument("--timestamp-url", metavar="URL",
                        help="RFC 3161 timestamp server (https://…); '' turns timestamps off")
    signer.add_argument("--force", action="store_true",
                        help="with --export-root: replace an existing file")
    signer.set_defaults(handler="signer")

    cosign = commands.add_parser(
        "cosign", parents=[common],
        help=f"add your signature to a signed summary (a co-signer's approval signature), "
             f"with your own --p12 or the store's certificate (passphrase from "
             f"${PASSPHRASE_ENV}, else asked); OUT is never written over an existing file")
    cosign.add_argument("file", type=Path, metavar="IN.pdf")
    cosign.add_argument("--out", type=Path, required=True, metavar="OUT.pdf")
    cosign.add_argument("--p12", type=Path, metavar="FILE.p12",
                        help="sign with this PKCS#12 (.p12/.pfx) instead of the store's "
                             "certificate; no store is needed then")
    cosign.set_defaults(handler="cosign")

    trust = commands.add_parser("trust", parents=[common],
                                help="certificates trusted when verifying signed PDFs")
    trust.add_argument("--add", type=Path, action="append", default=[], metavar="CA.pem",
                       help="trust the certificates in a PEM or DER file; may be repeated")
    trust.add_argument("--remove", metavar="FINGERPRINT", help="stop trusting a certificate")
    trust.add_argument("--list", action="store_true", help="list them (default)")
    trust.set_defaults(handler="trust")


# --- verify -----------------------------------------------------------------------------------
def cmd_verify(args: argparse.Namespace, data_dir: Path, language: str) -> int:
    from cli.output import print_json
    from exports.signing import verify_pdf

    trust = [certificate for path in args.trust for certificate in _certificates(path)]
    data = read_input(args.file, PDF_MAX_BYTES)
    if not args.no_store and _store_exists(data_dir):
        from cli.stores import open_planner

        planner = open_planner(data_dir, language, store=getattr(args, "store", None))
        try:
            trust += planner.trust.certificates()
        finally:
            planner.close()
    report = verify_pdf(data, trust=trust, language=language)
    if args.json:
        print_json({"file": str(args.file), **report.to_json()})
    else:
        print(args.file)
        for line in report.lines(language):
            print(f"  {line}" if line else "")
    return report.exit_code


def _certificates(path: Path) -> list[x509.Certificate]:
    from planner.services.signing_identity import read_certificates

    found = read_certificates(read_input(path, CERTIFICATE_MAX_BYTES))
    if not found:
        raise ValidationFailed([FieldError("trust", "validation.trust_file_invalid")])
    return found


def _store_exists(data_dir: Path) -> bool:
    from planner.services.store_admin import StoreAdministration

    return StoreAdministration(data_dir).exists()


# --- signer -----------------------------------------------------------------------------------
def signing_passphrase(language: str, *, confirm: bool = False) -> str:
    """$VERKOSTO_SIGNING_PASSPHRASE, else asked when a person is at the terminal."""
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise SigningPassphraseRequired()
    typed = getpass.getpass(translate("cli.signer_passphrase_prompt", language))
    if confirm and typed != getpass.getpass(translate("cli.signer_passphrase_again", language)):
        raise ValidationFailed([FieldError("passphrase", "validation.passphrase_mismatch")])
    if not typed:
        raise SigningPassphraseRequired()
    return typed


def passphrase_for(planner: Planner, language: str) -> str | None:
    """For signing: None when the keyring keeps the passphrase (planner.signing.load() reads
    it there), else $VERKOSTO_SIGNING_PASSPHRASE or asked at a terminal, else an error."""
    if planner.signing.certificate() is None:
        raise SignerMissing()  # before asking for a passphrase of nothing
    if planner.signing.passphrase_kept():
        return None
    return signing_passphrase(language)


def cmd_signer(planner: Planner, args: argparse.Namespace, language: str) -> int:
    signing = planner.signing
    if args.timestamp_url is not None:
        signing.set_timestamp_url(args.timestamp_url)
    remember = args.save_passphrase
    if args.import_file is not None:
        data = read_input(args.import_file, CERTIFICATE_MAX_BYTES)
        signing.import_pkcs12(data, signing_passphrase(language), remember=remember)
        print(translate("cli.signer_imported", language))
    elif args.create:
        signing.create_self_signed(signing_passphrase(language, confirm=True),
                                   remember=remember,
                                   algorithm="rsa-3072" if args.rsa else "ec-p256")
        print(translate("cli.signer_created", language))
    elif args.export_root is not None:
        from planner.files import write_output

        written = write_output(args.export_root, signing.export_root().encode("ascii"),
                               force=args.force)
        print(translate("cli.signer_root_exported", language, path=written))
        return 0
    elif remember:
        signing.remember_passphrase(signing_passphrase(language))
    if remember:
        print(translate("cli.signer_passphrase_saved", language))
    if args.forget_passphrase:
        signing.forget_passphrase()
    view = signing.show()
    if view is None:
        raise SignerMissing()
    for label, value in _certificate_rows(view.certificate, language):
        print(f"{label}: {value}")
    if view.root is not None:
        print(f"{translate('cli.cert.root', language)}: {view.root.fingerprint}")
    yes, no = translate("cli.yes", language), translate("cli.no", language)
    print(f"{translate('cli.cert.passphrase_kept', language)}: "
          f"{yes if view.passphrase_kept else no}")
    print(f"{translate('cli.cert.timestamp_url', language)}: {signing.timestamp_url() or '-'}")
    for warning in view.warnings:
        print(f"verkosto: {warning.message(language)}", file=sys.stderr)
    return 0


def _certificate_rows(info: CertificateInfo, language: str) -> list[tuple[str, str]]:
    from cli.output import TZ, date_text

    yes, no = translate("cli.yes", language), translate("cli.no", language)
    return [
        (translate("cli.cert.subject", language), info.subject),
        (translate("cli.cert.issuer", language), info.issuer),
        (translate("cli.cert.valid", language),
         f"{date_text(info.not_before.astimezone(TZ).date(), language)}–"
         f"{date_text(info.not_after.astimezone(TZ).date(), language)}"),
        (translate("cli.cert.fingerprint", language), info.fingerprint),
        (translate("cli.cert.self_signed", language), yes if info.self_signed else no),
    ]


# --- cosign -----------------------------------------------------------------------------------
def cmd_cosign(args: argparse.Namespace, data_dir: Path, language: str) -> int:
    """A co-signer's signature added to IN, written to OUT (never over an existing file)."""
    from datetime import UTC, datetime

    from exports.signing.cosigning import cosign
    from planner.files import check_output, write_output

    check_output(args.out)  # before a passphrase is asked or a key opened
    pdf = read_input(args.file, PDF_MAX_BYTES)
    timestamp_url = None
    if args.p12 is not None:
        from planner.services.signing_identity import signer_from_pkcs12

        data = read_input(args.p12, CERTIFICATE_MAX_BYTES)
        now = datetime.now(UTC)
        signer = signer_from_pkcs12(data, signing_passphrase(language), now)
    else:
        from cli.stores import open_planner

        planner = open_planner(data_dir, language, store=getattr(args, "store", None))
        try:
            signer = planner.signing.load(passphrase_for(planner, language))
            timestamp_url = planner.signing.timestamp_url() or None
            now = planner.now()
        finally:
            planner.close()
    signed = cosign(pdf, signer, now, language=language, timestamp_url=timestamp_url)
    print(translate("cli.cosigned", language, path=write_output(args.out, signed.data)))
    if signed.lt_missing:  # timestamped, but no revocation information: B-T, not B-LT
        print(translate(signed.lt_missing, language))
    return 0


# --- trust ------------------------------------------------------------------------------------
def cmd_trust(planner: Planner, args: argparse.Namespace, language: str) -> int:
    for path in args.add:
        for info in planner.trust.add(read_input(path, CERTIFICATE_MAX_BYTES)):
            print(translate("cli.trust_added", language, subject=info.subject))
    if args.remove:
        planner.trust.remove(args.remove.strip())
    rows = planner.trust.list()
    if not rows:
        print(translate("cli.trust_none", language))
    for row in rows:
        print()
        for label, value in _certificate_rows(row.info, language):
            print(f"{label}: {value}")
    return 0


HANDLERS: dict[str, Callable[[Planner, argparse.Namespace, str], int]] = {
    "signer": cmd_signer, "trust": cmd_trust,
}
WITHOUT_STORE: dict[str, Callable[[argparse.Namespace, Path, str], int]] = {
    "verify": cmd_verify, "cosign": cmd_cosign,
}
