"""A real test PKI on loopback for PAdES B-T / B-LT: certomancer's Animator serving an
organisation root, an intermediate CA, signers (valid, revoked, expired), a TSA, an OCSP
responder and CRLs — over plain HTTP for OCSP/CRL/certificates (as real CAs publish them:
the responses are signed, not secret) and over HTTPS for the TSA, because Verkosto's
timestamp client is https only (the TLS certificate comes from the mail tests' test CA,
trusted through $REQUESTS_CA_BUNDLE). Validity periods are relative to the real "now", so
the PKI never ages out; the keys are fresh EC P-256 keys written to ``folder``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from certomancer.integrations.animator import Animator, AnimatorArchStore
from certomancer.registry import CertomancerConfig, PKIArchitecture
from certomancer.registry.common import ArchLabel, CertLabel, ServiceLabel
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from werkzeug.serving import make_server

from planner.services.signing_identity import LoadedSigner
from tests.support.smtp_server import make_certificates

ARCH = "verkosto-test"
logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no line per request in the output
KEYS = ("root", "interm", "signer", "revoked", "expired", "tsa", "ocsp")
SIGNER_NAMES = {"signer": "Sanna Sosiaalityöntekijä", "revoked": "Reijo Peruttu",
                "expired": "Vilja Vanhentunut"}


def _when(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S+0000")


def _config(folder: Path, prefix: str, now: datetime) -> dict[str, Any]:
    start, end = now - timedelta(days=400), now + timedelta(days=400)
    valid = {"valid-from": _when(start), "valid-to": _when(end)}

    def signer(label: str, validity: dict[str, str], **extra: Any) -> dict[str, Any]:
        return {"subject": label, "subject-key": label, "issuer": "interm",
                "validity": validity, "profiles": ["digsig-commitment"], **extra}

    return {
        "external-url-prefix": prefix,
        "keysets": {ARCH: {"path-prefix": str(folder),
                           "keys": {name: {"path": f"{name}.key.pem"} for name in KEYS}}},
        "pki-architectures": {ARCH: {
            "keyset": ARCH,
            "entity-defaults": {"country-name": "FI",
                                "organization-name": "Pirkanmaan hyvinvointialue"},
            "entities": {
                "root": {"common-name": "Verkosto Test Root"},
                "interm": {"common-name": "Verkosto Test Intermediate"},
                "tsa": {"common-name": "Verkosto Test TSA"},
                "ocsp": {"common-name": "Verkosto Test OCSP"},
                **{label: {"common-name": name} for label, name in SIGNER_NAMES.items()},
            },
            "certs": {
                "root": {"subject": "root", "subject-key": "root", "issuer": "root",
                         "validity": valid,
                         "profiles": [{"id": "simple-ca",
                                       "params": {"crl-repo": "root"}}]},
                "interm": {"subject": "interm", "subject-key": "interm", "issuer": "root",
                           "validity": valid,
                           "profiles": [{"id": "simple-ca",
                                         "params": {"max-path-len": 0, "crl-repo": "interm",
                                                    "ocsp-service": "interm"}}]},
                "ocsp": {"subject": "ocsp", "subject-key": "ocsp", "issuer": "interm",
                         "validity": valid, "profiles": ["ocsp-responder"]},
                "tsa": {"subject": "tsa", "subject-key": "tsa", "issuer": "root",
                        "validity": valid,
                        "extensions": [
                            {"id": "key_usage", "critical": True,
                             "smart-value": {"schema": "key-usage",
                                             "params": ["digital_signature"]}},
                            {"id": "extended_key_usage", "critical": True,
                             "value": ["time_stamping"]}]},
                "signer": signer("signer", valid),
                # revoked an hour ago: any signature made now was made with a revoked key
                "revoked": signer("revoked", valid, revocation={
                    "revoked-since": _when(now - timedelta(hours=1)),
                    "reason": "key_compromise"}),
                "expired": signer("expired", {"valid-from": _when(start),
                                              "valid-to": _when(now - timedelta(days=2))}),
            },
            "services": {
                "ocsp": {"interm": {"for-issuer": "interm", "responder-cert": "ocsp",
                                    "signing-key": "ocsp"}},
                "crl-repo": {
                    "root": {"for-issuer": "root", "signing-key": "root",
                             "simulated-update-schedule": "P1D"},
                    "interm": {"for-issuer": "interm", "signing-key": "interm",
                               "simulated-update-schedule": "P1D"}},
                "time-stamping": {"tsa": {"signing-key": "tsa", "signing-cert": "tsa"}},
            },
        }},
    }


@dataclass
class Pki:
    arch: PKIArchitecture
    tsa_url: str  # https, for Verkosto
    http_prefix: str  # OCSP, CRLs and certificates
    tls_ca_file: Path  # for $REQUESTS_CA_BUNDLE
    hits: list[str]  # the paths requested, in order: proves what was fetched
    http_server: Any = None

    def stop_http(self) -> None:
        """OCSP, CRLs and certificates no longer answer (a responder down); the TSA does."""
        self.http_server.shutdown()
        self.http_server.server_close()

    def certificate(self, label: str) -> x509.Certificate:
        return x509.load_der_x509_certificate(self.arch.get_cert(CertLabel(label)).dump())

    def root_pem(self) -> bytes:
        return self.certificate("root").public_bytes(serialization.Encoding.PEM)

    def identity(self, label: str = "signer") -> LoadedSigner:
        """The worker's key and certificate with the chain up to the root, as an imported
        organisation .p12 would give them."""
        spec = self.arch.get_cert_spec(CertLabel(label))
        key_info = self.arch.key_set.get_private_key(spec.subject_key)
        key = serialization.load_der_private_key(key_info.dump(), None)
        return LoadedSigner(key=key, certificate=self.certificate(label),  # type: ignore[arg-type]
                            chain=(self.certificate("interm"), self.certificate("root")))


def _write_keys(folder: Path) -> None:
    for name in KEYS:
        key = ec.generate_private_key(ec.SECP256R1())
        (folder / f"{name}.key.pem").write_bytes(key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption()))


@contextmanager
def loopback_pki(folder: Path) -> Iterator[Pki]:
    """The animator on 127.0.0.1 (HTTP and HTTPS) in threads, for the duration."""
    folder.mkdir(parents=True, exist_ok=True)
    _write_keys(folder)
    hits: list[str] = []
    holder: dict[str, Animator] = {}

    def app(environ: dict[str, Any], start_response: Any) -> Any:
        hits.append(environ.get("PATH_INFO", ""))
        return holder["animator"](environ, start_response)

    ca_file, server_pem, server_key = make_certificates(folder)
    plain = make_server("127.0.0.1", 0, app, threaded=True)
    tls = make_server("127.0.0.1", 0, app, threaded=True,
                      ssl_context=(str(server_pem), str(server_key)))
    prefix = f"http://127.0.0.1:{plain.server_port}"
    config = CertomancerConfig(_config(folder, prefix, datetime.now(UTC)),
                               key_search_dir=str(folder))
    arch = config.get_pki_arch(ArchLabel(ARCH))
    holder["animator"] = Animator(AnimatorArchStore({ArchLabel(ARCH): arch}), with_web_ui=False,
                                  allow_time_override=False)
    threads = [threading.Thread(target=s.serve_forever, daemon=True) for s in (plain, tls)]
    for thread in threads:
        thread.start()
    tsa_path = arch.service_registry.get_tsa_info(ServiceLabel("tsa")).url.removeprefix(prefix)
    try:
        yield Pki(arch, f"https://127.0.0.1:{tls.server_port}{tsa_path}", prefix, ca_file,
                  hits, plain)
    finally:
        for server in (plain, tls):
            if server.socket.fileno() != -1:  # not already stopped by stop_http
                server.shutdown()
                server.server_close()
