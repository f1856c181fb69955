"""The meeting editor's meeting type: a new meeting started from a type (its details filled,
the client's fitting contacts proposed, the roles nobody fits named) and the consent dialog
opened with the type's consent purpose.

A mixin of ``MeetingEditor`` (ui/meetings/editor.py), which owns the attributes used here.
"""

from __future__ import annotations

from typing import Any

from planner.meeting_types import ParticipantProposal
from ui import i18n
from ui.clients.consent_dialog import ConsentDialog


class MeetingTypeStart:
    # provided by MeetingEditor
    bundle: Any
    client_id: int | None
    meeting_id: int | None
    planner: Any
    runner: Any
    details: Any
    participants: Any
    sub_dialogs: list[Any]
    _gone: bool

    def __getattr__(self, name: str) -> Any:  # the editor's Qt methods, for type checkers
        raise AttributeError(name)

    def start_from_type(self) -> None:
        """The chosen type fills the details, and the client's named contacts that fit its
        roles are added to the participants (to be confirmed by Save); the roles nobody fits
        are named beside the type."""
        code = self.details.meeting_type.currentData()
        bundle, planner = self.bundle, self.planner
        if code is None or bundle is None or planner is None or self.meeting_id is not None:
            return
        meeting_type = next(t for t in bundle.meeting_types if t.code == code)
        self.details.apply_type(meeting_type)
        client_id = self.client_id if self.client_id is not None else (
            self.details.chosen_client())
        if client_id is None:
            self.details.type_note.setText(self.tr(
                "Choose the client, then the type again, to have participants proposed."))
            self.details.type_note.show()
            return
        self.runner.submit(lambda ctx: planner.meeting_types.propose(code, client_id),
                           self._propose, self.tr("Proposing participants…"))

    def _propose(self, proposal: ParticipantProposal) -> None:
        if self._gone or self.meeting_id is not None:
            return
        added = [each.candidate.name for each in proposal.proposed
                 if self.participants.propose(each.candidate.professional_id)]
        language = i18n.current()
        lines = [self.tr("Added to the participants from the client's contacts: {0}.").format(
            ", ".join(added)) if added else self.tr("No contact of the client fits this type.")]
        if proposal.missing:
            lines.append(self.tr("No named contact for: {0}. Add them on the Participants "
                                 "tab.").format(", ".join(slot.names.get(language)
                                                          for slot in proposal.missing)))
        self.details.type_note.setText("\n".join(lines))
        self.details.type_note.show()

    def open_consent(self, agency_ids: list[int]) -> ConsentDialog | None:
        """The consent dialog for this meeting's client, the agencies a warning found
        uncovered ticked; after it is saved the warnings are read again."""
        planner, bundle = self.planner, self.bundle
        if planner is None or bundle is None or self.client_id is None:
            return None
        dialog = ConsentDialog(self.client_id, bundle.agencies, planner.consents.record, self,
                               chosen=agency_ids, purpose=self._consent_purpose())
        self.sub_dialogs.append(dialog)
        dialog.finished.connect(lambda _r: self.sub_dialogs.remove(dialog)
                                if dialog in self.sub_dialogs else None)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def _consent_purpose(self) -> str:
        """The consent purpose of the meeting's type (a new meeting's chosen one), in the
        UI's language; "" without a type or for a type deleted since."""
        bundle = self.bundle
        if bundle is None:
            return ""
        code = (bundle.detail.meeting.type_code if bundle.detail is not None
                else self.details.meeting_type.currentData())
        found = next((t for t in bundle.meeting_types if t.code == code), None)
        return found.consent.purpose.get(i18n.current()) if found else ""
