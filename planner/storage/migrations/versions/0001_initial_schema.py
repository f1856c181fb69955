"""initial schema

Revision ID: 0001
Revises: -
Create Date: 2026-11-25 03:33:24.839847
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from planner.storage.migrations.portable import forbid


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('agency',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.Enum('KELA', 'SOCIAL_SERVICES', 'HEALTH_CENTRE', 'HOSPITAL', 'EMPLOYMENT_SERVICES', 'SCHOOL', 'STUDENT_HEALTH', 'INTERPRETER_SERVICE', 'NGO', 'OTHER', name='agencykind'), nullable=False),
    sa.Column('unit', sa.String(length=200), nullable=False),
    sa.Column('business_id', sa.String(length=9), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('agency', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agency_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_agency_name'), ['name'], unique=False)

    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('user', sa.String(length=200), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.Enum('VIEW', 'CREATE', 'UPDATE', 'DELETE', 'EXPORT', 'PRINT', 'DISCLOSE', name='auditaction'), nullable=False),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('entity_id', sa.String(length=60), nullable=False),
    sa.Column('detail', sa.String(length=2000), nullable=False),
    sa.Column('purpose', sa.String(length=500), nullable=False),
    sa.Column('recipient', sa.String(length=500), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('entry_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('entry_hash')
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_client_id'), ['client_id'], unique=False)

    op.create_table('client',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('first_names', sa.String(length=200), nullable=False),
    sa.Column('hetu', sa.String(length=11), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('needs_interpreter', sa.Boolean(), nullable=False),
    sa.Column('interpreter_language', sa.String(length=8), nullable=True),
    sa.Column('situation', sa.String(length=4000), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('hetu')
    )
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_last_name'), ['last_name'], unique=False)

    op.create_table('service_code',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.Enum('KELA_BENEFIT', 'KELA_SERVICE', 'OTHER_SERVICE', name='servicekind'), nullable=False),
    sa.Column('name_fi', sa.String(length=200), nullable=False),
    sa.Column('name_sv', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('code')
    )
    op.create_table('store_setting',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.String(length=4000), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('client_plan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('client_plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_plan_client_id'), ['client_id'], unique=False)

    op.create_table('consent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.String(length=1000), nullable=False),
    sa.Column('form', sa.Enum('WRITTEN', 'ORAL', name='consentform'), nullable=False),
    sa.Column('given_by', sa.String(length=200), nullable=False),
    sa.Column('given_at', sa.String(length=32), nullable=False),
    sa.Column('recorded_by', sa.String(length=200), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('withdrawn_at', sa.String(length=32), nullable=True),
    sa.Column('withdrawn_recorded_by', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_client_id'), ['client_id'], unique=False)

    op.create_table('professional',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('role', sa.Enum('CLIENT', 'FAMILY_MEMBER', 'GUARDIAN', 'CASE_LEAD', 'HOSPITAL_DOCTOR', 'HEALTH_CENTRE_DOCTOR', 'SOCIAL_WORKER', 'SOCIAL_COUNSELLOR', 'PHYSIOTHERAPIST', 'OCCUPATIONAL_THERAPIST', 'SPEECH_THERAPIST', 'PSYCHOLOGIST', 'NURSE', 'EMPLOYMENT_OFFICER', 'TEACHER', 'STUDY_COUNSELLOR', 'INTERPRETER', 'KELA_EXPERT', 'OCCUPATIONAL_HEALTH', 'NGO_WORKER', 'OTHER', name='participantrole'), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('languages', sa.JSON(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agency.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('professional', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_professional_agency_id'), ['agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_professional_name'), ['name'], unique=False)

    op.create_table('user_profile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.ForeignKeyConstraint(['agency_id'], ['agency.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('consent_agency',
    sa.Column('consent_id', sa.Integer(), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agency.id'], ),
    sa.ForeignKeyConstraint(['consent_id'], ['consent.id'], ),
    sa.PrimaryKeyConstraint('consent_id', 'agency_id')
    )
    with op.batch_alter_table('consent_agency', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_agency_agency_id'), ['agency_id'], unique=False)

    op.create_table('contact_person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=False),
    sa.Column('professional_id', sa.Integer(), nullable=False),
    sa.Column('is_case_lead', sa.Boolean(), nullable=False),
    sa.Column('since', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agency.id'], ),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], ),
    sa.ForeignKeyConstraint(['professional_id'], ['professional.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('client_id', 'agency_id', name='uq_contact_client_agency')
    )
    with op.batch_alter_table('contact_person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_person_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_person_professional_id'), ['professional_id'], unique=False)
        batch_op.create_index('uq_contact_case_lead', ['client_id'], unique=True, sqlite_where=sa.text('is_case_lead = 1'), postgresql_where=sa.text('is_case_lead'))

    op.create_table('meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('purpose', sa.String(length=2000), nullable=False),
    sa.Column('start', sa.String(length=32), nullable=False),
    sa.Column('end', sa.String(length=32), nullable=False),
    sa.Column('location', sa.String(length=300), nullable=False),
    sa.Column('remote_link', sa.String(length=1000), nullable=True),
    sa.Column('mode', sa.Enum('IN_PERSON', 'REMOTE', 'HYBRID', name='meetingmode'), nullable=False),
    sa.Column('status', sa.Enum('PLANNED', 'CONFIRMED', 'HELD', 'CANCELLED', name='meetingstatus'), nullable=False),
    sa.Column('ical_uid', sa.String(length=200), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], ),
    sa.ForeignKeyConstraint(['plan_id'], ['client_plan.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('ical_uid')
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_client_id'), ['client_id'], unique=False)
        batch_op.create_index('ix_meeting_start_status', ['start', 'status'], unique=False)

    op.create_table('plan_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('DRAFT', 'AGREED', 'CLOSED', name='planstatus'), nullable=False),
    sa.Column('situation', sa.String(length=8000), nullable=False),
    sa.Column('service_needs', sa.String(length=8000), nullable=False),
    sa.Column('client_view', sa.String(length=8000), nullable=False),
    sa.Column('review_date', sa.Date(), nullable=True),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('agreed_at', sa.String(length=32), nullable=True),
    sa.Column('agreed_by', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(['plan_id'], ['client_plan.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('plan_id', 'number', name='uq_plan_version_number')
    )
    with op.batch_alter_table('plan_version', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_version_plan_id'), ['plan_id'], unique=False)

    op.create_table('agenda_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_item_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('agreed_action',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.String(length=2000), nullable=False),
    sa.Column('responsible_professional_id', sa.Integer(), nullable=True),
    sa.Column('responsible_name', sa.String(length=200), nullable=False),
    sa.Column('responsible_agency_id', sa.Integer(), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED', name='actionstatus'), nullable=False),
    sa.Column('completion_note', sa.String(length=2000), nullable=False),
    sa.Column('completed_at', sa.String(length=32), nullable=True),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], ),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ),
    sa.ForeignKeyConstraint(['responsible_agency_id'], ['agency.id'], ),
    sa.ForeignKeyConstraint(['responsible_professional_id'], ['professional.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('agreed_action', schema=None) as batch_op:
        batch_op.create_index('ix_action_status_due', ['status', 'due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreed_action_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreed_action_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('meeting_note',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('decisions', sa.String(length=16000), nullable=False),
    sa.Column('client_view', sa.String(length=8000), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ),
    sa.PrimaryKeyConstraint('meeting_id')
    )
    op.create_table('participant',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('PROFESSIONAL', 'CLIENT', 'FAMILY', 'OTHER', name='participantkind'), nullable=False),
    sa.Column('professional_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('role', sa.Enum('CLIENT', 'FAMILY_MEMBER', 'GUARDIAN', 'CASE_LEAD', 'HOSPITAL_DOCTOR', 'HEALTH_CENTRE_DOCTOR', 'SOCIAL_WORKER', 'SOCIAL_COUNSELLOR', 'PHYSIOTHERAPIST', 'OCCUPATIONAL_THERAPIST', 'SPEECH_THERAPIST', 'PSYCHOLOGIST', 'NURSE', 'EMPLOYMENT_OFFICER', 'TEACHER', 'STUDY_COUNSELLOR', 'INTERPRETER', 'KELA_EXPERT', 'OCCUPATIONAL_HEALTH', 'NGO_WORKER', 'OTHER', name='participantrole'), nullable=False),
    sa.Column('required', sa.Boolean(), nullable=False),
    sa.Column('attendance', sa.Enum('INVITED', 'ACCEPTED', 'DECLINED', 'TENTATIVE', 'ATTENDED', 'ABSENT', name='attendance'), nullable=False),
    sa.Column('interpreter_language', sa.String(length=8), nullable=True),
    sa.ForeignKeyConstraint(['agency_id'], ['agency.id'], ),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ),
    sa.ForeignKeyConstraint(['professional_id'], ['professional.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('meeting_id', 'professional_id', name='uq_participant_professional')
    )
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participant_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_participant_professional_id'), ['professional_id'], unique=False)

    op.create_table('plan_goal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('description', sa.String(length=2000), nullable=False),
    sa.Column('target_date', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('PROPOSED', 'ACTIVE', 'ACHIEVED', 'NOT_ACHIEVED', 'CANCELLED', name='goalstatus'), nullable=False),
    sa.Column('expressed_by', sa.Enum('CLIENT', 'PROFESSIONAL', 'JOINT', name='goalsetter'), nullable=False),
    sa.ForeignKeyConstraint(['version_id'], ['plan_version.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('plan_goal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_goal_version_id'), ['version_id'], unique=False)

    op.create_table('plan_service',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('service_code', sa.String(), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.String(length=2000), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agency.id'], ),
    sa.ForeignKeyConstraint(['service_code'], ['service_code.code'], ),
    sa.ForeignKeyConstraint(['version_id'], ['plan_version.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('plan_service', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_service_version_id'), ['version_id'], unique=False)

    _audit_is_append_only()
    _seed_service_codes()


# The log may only grow: a changed or deleted row would break the hash chain anyway, but the
# database itself refuses it too.
def _audit_is_append_only() -> None:
    for verb in ("UPDATE", "DELETE"):
        forbid(f"audit_entry_no_{verb.lower()}", verb, "audit_entry",
               "audit log is append-only")


SERVICE_CODES = [
    # code, kind, fi, sv, en
    ("kela.national_pension", "KELA_BENEFIT", "Kansaneläke", "Folkpension", "National pension"),
    ("kela.guarantee_pension", "KELA_BENEFIT", "Takuueläke", "Garantipension",
     "Guarantee pension"),
    ("kela.pensioners_housing_allowance", "KELA_BENEFIT", "Eläkkeensaajan asumistuki",
     "Bostadsbidrag för pensionstagare", "Pensioner's housing allowance"),
    ("kela.general_housing_allowance", "KELA_BENEFIT", "Yleinen asumistuki",
     "Allmänt bostadsbidrag", "General housing allowance"),
    ("kela.basic_social_assistance", "KELA_BENEFIT", "Perustoimeentulotuki",
     "Grundläggande utkomststöd", "Basic social assistance"),
    ("kela.medicine_payment_commitment", "KELA_BENEFIT", "Maksusitoumus lääkkeisiin",
     "Betalningsförbindelse för läkemedel", "Payment commitment for medicines"),
    ("kela.sickness_allowance", "KELA_BENEFIT", "Sairauspäiväraha", "Sjukdagpenning",
     "Sickness allowance"),
    ("kela.rehabilitation_allowance", "KELA_BENEFIT", "Kuntoutusraha", "Rehabiliteringspenning",
     "Rehabilitation allowance"),
    ("kela.vocational_rehabilitation", "KELA_SERVICE", "Ammatillinen kuntoutus",
     "Yrkesinriktad rehabilitering", "Vocational rehabilitation"),
    ("kela.rehabilitation_psychotherapy", "KELA_SERVICE", "Kuntoutuspsykoterapia",
     "Rehabiliterande psykoterapi", "Rehabilitation psychotherapy"),
    ("kela.intensive_medical_rehabilitation", "KELA_SERVICE", "Vaativa lääkinnällinen kuntoutus",
     "Krävande medicinsk rehabilitering", "Intensive medical rehabilitation"),
    ("kela.disability_allowance", "KELA_BENEFIT", "Vammaisetuus", "Handikappförmån",
     "Disability benefit"),
    ("kela.disability_pension", "KELA_BENEFIT", "Työkyvyttömyyseläke", "Sjukpension",
     "Disability pension"),
    ("kela.labour_market_subsidy", "KELA_BENEFIT", "Työmarkkinatuki", "Arbetsmarknadsstöd",
     "Labour market subsidy"),
    ("kela.unemployment_security", "KELA_BENEFIT", "Työttömyysturva", "Utkomstskydd för arbetslösa",
     "Unemployment security"),
    ("kela.study_grant", "KELA_BENEFIT", "Opintoraha", "Studiepenning", "Study grant"),
    ("kela.child_benefit", "KELA_BENEFIT", "Lapsilisä", "Barnbidrag", "Child benefit"),
    ("kela.child_home_care_allowance", "KELA_BENEFIT", "Kotihoidon tuki", "Stöd för hemvård",
     "Child home care allowance"),
    ("kela.special_care_allowance", "KELA_BENEFIT", "Erityishoitoraha", "Specialvårdspenning",
     "Special care allowance"),
    ("kela.medicine_reimbursement", "KELA_BENEFIT", "Lääkekorvaus",
     "Ersättning för läkemedel", "Reimbursement for medicines"),
    ("kela.interpretation_service", "KELA_SERVICE", "Vammaisten henkilöiden tulkkauspalvelu",
     "Tolkningstjänst för personer med funktionsnedsättning",
     "Interpretation service for disabled persons"),
    ("other.occupational_health", "OTHER_SERVICE", "Työterveyshuolto", "Företagshälsovård",
     "Occupational health"),
    ("other.social_work", "OTHER_SERVICE", "Sosiaalityö", "Socialt arbete", "Social work"),
    ("other.mental_health_services", "OTHER_SERVICE", "Mielenterveys- ja päihdepalvelut",
     "Mentalvårds- och missbrukartjänster", "Mental health and substance abuse services"),
    ("other.employment_services", "OTHER_SERVICE", "Työllisyyspalvelut", "Sysselsättningstjänster",
     "Employment services"),
    ("other.student_health", "OTHER_SERVICE", "Opiskeluterveydenhuolto", "Studerandehälsovård",
     "Student health care"),
    ("other.debt_counselling", "OTHER_SERVICE", "Talous- ja velkaneuvonta",
     "Ekonomi- och skuldrådgivning", "Debt counselling"),
    ("other.client_fee_reduction", "OTHER_SERVICE", "Asiakasmaksun alentaminen tai perintä",
     "Nedsättning av klientavgift", "Reduction of client fees"),
    ("other.home_care", "OTHER_SERVICE", "Kotihoito", "Hemvård", "Home care"),
    ("other.integration_services", "OTHER_SERVICE", "Kotoutumispalvelut",
     "Integrationstjänster", "Integration services"),
]


def _seed_service_codes() -> None:
    table = sa.table(
        "service_code",
        sa.column("code", sa.String), sa.column("kind", sa.String),
        sa.column("name_fi", sa.String), sa.column("name_sv", sa.String),
        sa.column("name_en", sa.String),
    )
    op.bulk_insert(table, [
        dict(zip(("code", "kind", "name_fi", "name_sv", "name_en"), row, strict=True))
        for row in SERVICE_CODES
    ])


def downgrade() -> None:

    with op.batch_alter_table('plan_service', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_service_version_id'))

    op.drop_table('plan_service')
    with op.batch_alter_table('plan_goal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_goal_version_id'))

    op.drop_table('plan_goal')
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participant_professional_id'))
        batch_op.drop_index(batch_op.f('ix_participant_meeting_id'))

    op.drop_table('participant')
    op.drop_table('meeting_note')
    with op.batch_alter_table('agreed_action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreed_action_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_agreed_action_client_id'))
        batch_op.drop_index('ix_action_status_due')

    op.drop_table('agreed_action')
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_item_meeting_id'))

    op.drop_table('agenda_item')
    with op.batch_alter_table('plan_version', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_version_plan_id'))

    op.drop_table('plan_version')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index('ix_meeting_start_status')
        batch_op.drop_index(batch_op.f('ix_meeting_client_id'))

    op.drop_table('meeting')
    with op.batch_alter_table('contact_person', schema=None) as batch_op:
        batch_op.drop_index('uq_contact_case_lead', sqlite_where=sa.text('is_case_lead = 1'), postgresql_where=sa.text('is_case_lead'))
        batch_op.drop_index(batch_op.f('ix_contact_person_professional_id'))
        batch_op.drop_index(batch_op.f('ix_contact_person_client_id'))

    op.drop_table('contact_person')
    with op.batch_alter_table('consent_agency', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_agency_agency_id'))

    op.drop_table('consent_agency')
    op.drop_table('user_profile')
    with op.batch_alter_table('professional', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_professional_name'))
        batch_op.drop_index(batch_op.f('ix_professional_agency_id'))

    op.drop_table('professional')
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_client_id'))

    op.drop_table('consent')
    with op.batch_alter_table('client_plan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_client_plan_client_id'))

    op.drop_table('client_plan')
    op.drop_table('store_setting')
    op.drop_table('service_code')
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_client_last_name'))

    op.drop_table('client')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entry_client_id'))

    op.drop_table('audit_entry')
    with op.batch_alter_table('agency', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agency_name'))
        batch_op.drop_index(batch_op.f('ix_agency_kind'))

    op.drop_table('agency')

