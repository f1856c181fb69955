"""Writes clients, their meetings and agreed actions until killed; prints each record only
after its commit returned ("client NAME", "meeting NAME", "action NAME").

Used by the kill -9 test: every printed ("acknowledged") record must be in the store afterwards.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from keyring.backends.fail import Keyring as FailKeyring

from planner.crypto.vault import KeyringVault
from planner.services import ActionInput, ClientInput, MeetingInput, Planner
from planner.storage.store import open_store

TZ = ZoneInfo("Europe/Helsinki")


def main() -> None:
    data_dir = Path(sys.argv[1])
    store = open_store(data_dir, vault=KeyringVault(FailKeyring()),
                       passphrase=lambda: os.environ["VERKOSTO_PASSPHRASE"])
    planner = Planner(store)
    print("ready", flush=True)
    number = 0
    while True:
        number += 1
        name = f"Kirjoittaja{os.getpid()}x{number}"
        client = planner.clients.create(ClientInput("Testi", name, situation="x" * 500))
        print(f"client {name}", flush=True)
        if number % 3:
            continue  # every third client also gets a meeting and an agreed action
        start = datetime(2026, 12, 1, 9, tzinfo=TZ) + timedelta(hours=number)
        meeting = planner.meetings.plan(MeetingInput(client.id or 0, name, start,
                                                     start + timedelta(hours=1), location="Sali"))
        print(f"meeting {name}", flush=True)
        planner.actions.record(ActionInput(client.id or 0, name, meeting_id=meeting.id,
                                           responsible_name="Testi", due_date=start.date()))
        print(f"action {name}", flush=True)


if __name__ == "__main__":
    main()
