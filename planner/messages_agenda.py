"""Messages of the carried-over agenda (`verkosto agenda`, the meeting's earlier actions) in
fi, sv and en; ``CATALOG`` in planner/messages.py includes these."""

from __future__ import annotations

AGENDA_MESSAGES: dict[str, dict[str, str]] = {
    # the Log tab's sentence for reading a meeting's carried-over agenda (planner/audit_text.py)
    "log.view.agenda": {
        "fi": "Katsottu tapaamisen aiemmat toimenpiteet ja arvioitavat tavoitteet",
        "sv": "Mötets tidigare åtgärder och mål att utvärdera visade",
        "en": "Viewed the meeting's earlier actions and goals due for review",
    },
    "label.carried_outcome.done": {"fi": "tehty", "sv": "utförd", "en": "done"},
    "label.carried_outcome.continues": {"fi": "jatkuu", "sv": "fortsätter", "en": "continues"},
    "label.carried_outcome.dropped": {"fi": "luovuttu", "sv": "slopad", "en": "dropped"},
    "validation.not_carried": {
        "fi": "Toimenpide {ident} ei ole tapaamisen {meeting} asialistalla: vain saman "
              "asiakkaan aiempien tapaamisten avoimista toimenpiteistä voi päättää.",
        "sv": "Åtgärd {ident} finns inte på föredragningslistan för mötet {meeting}: bara "
              "öppna åtgärder från samma klients tidigare möten kan avgöras.",
        "en": "Action {ident} is not on the agenda of meeting {meeting}: only the open actions "
              "of the same client's earlier meetings can be decided on.",
    },
    "validation.agenda_cancelled": {
        "fi": "Tapaaminen on peruttu, joten sen asialistalle ei voi kirjata päätöksiä.",
        "sv": "Mötet är inställt, så inga beslut kan antecknas på dess föredragningslista.",
        "en": "The meeting is cancelled, so no decisions can be recorded on its agenda.",
    },
    "cli.agenda_actions": {
        "fi": "Edellisten tapaamisten avoimet toimenpiteet",
        "sv": "Öppna åtgärder från tidigare möten",
        "en": "Open actions from earlier meetings",
    },
    "cli.agenda_goals": {
        "fi": "Arvioitavat suunnitelman tavoitteet",
        "sv": "Planens mål som ska utvärderas",
        "en": "Plan goals due for review",
    },
    "cli.agenda_none": {"fi": "(ei yhtään)", "sv": "(inga)", "en": "(none)"},
    "cli.col.from_meeting": {"fi": "Tapaamisesta", "sv": "Från mötet", "en": "From meeting"},
    "cli.col.outcome": {"fi": "Päätös", "sv": "Beslut", "en": "Decision"},
    "cli.col.note": {"fi": "Huomautus", "sv": "Anteckning", "en": "Note"},
    "cli.col.plan": {"fi": "Suunnitelma", "sv": "Plan", "en": "Plan"},
    "cli.col.goal": {"fi": "Tavoite", "sv": "Mål", "en": "Goal"},
    "cli.col.target": {"fi": "Tavoitepäivä", "sv": "Måldatum", "en": "Target date"},
    "cli.col.review": {"fi": "Arviointipäivä", "sv": "Utvärderingsdatum", "en": "Review date"},
}
