/**
 * Which tables each section of the exports reads. The completeness test (`privacy-export.test.ts`)
 * finds every table of the database that holds data about a person or a company (a foreign key to
 * users, citizens or companies, or to a table that has one, or a column naming a user) and fails
 * unless it is read here or listed in `NOT_EXPORTED` with the reason.
 */
export const CITIZEN_SECTIONS = {
  account: ['users', 'refresh_tokens', 'known_devices', 'one_time_tokens', 'external_identities'],
  profile: ['citizens'],
  consents: ['consents'],
  cv: [
    'cvs',
    'cv_sought_occupations',
    'cv_experiences',
    'cv_education',
    'cv_languages',
    'cv_certifications',
    'cv_skills',
  ],
  coverLetters: ['cover_letters'],
  applications: ['applications', 'application_events', 'interviews', 'vacancies'],
  colloqui: ['bookings', 'appointment_slots'],
  orientation: ['orientation_records', 'orientation_record_occupations'],
  internships: [
    'internships',
    'internship_skills',
    'internship_status_events',
    'internship_monitoring_entries',
  ],
  training: ['training_enrolments', 'training_modules'],
  programs: [
    'program_applications',
    'program_calls',
    'programs',
    'program_ranking_rows',
    'program_participations',
    'program_attendance',
  ],
  selfEmployment: [
    'business_ideas',
    'microcredit_referrals',
    'microcredit_referral_events',
    'microcredit_partners',
  ],
  outplacement: ['outplacement_workers', 'outplacement_worker_events', 'outplacement_projects'],
  groupActivities: ['group_enrolments', 'group_attendance', 'group_activities', 'group_sessions'],
  caseFile: ['case_assignments', 'cases', 'patto_versions', 'patto_actions', 'case_diary_entries'],
  placements: ['placements'],
  frontDesk: ['front_desk_contacts', 'front_desk_contact_corrections'],
  notifications: ['notifications', 'notification_preferences'],
  jobAlert: ['job_alerts', 'job_alert_deliveries'],
  specialCategories: ['citizen_special_categories'],
  accessLog: ['audit_log'],
} as const satisfies Record<string, readonly string[]>;

export const COMPANY_SECTIONS = {
  account: ['users', 'refresh_tokens', 'known_devices', 'one_time_tokens', 'external_identities'],
  company: ['companies'],
  members: ['company_members', 'users'],
  sites: ['company_sites'],
  vacancies: ['vacancies', 'vacancy_skills', 'vacancy_languages'],
  applications: ['applications', 'application_events', 'interviews'],
  colloqui: ['bookings', 'appointment_slots'],
  internships: [
    'internships',
    'internship_skills',
    'internship_status_events',
    'internship_monitoring_entries',
  ],
  services: ['company_contacts', 'company_needs', 'company_need_skills', 'company_need_vacancies'],
  notifications: ['notifications', 'notification_preferences'],
  accessLog: ['audit_log'],
} as const satisfies Record<string, readonly string[]>;

export type CitizenSection = keyof typeof CITIZEN_SECTIONS;
export type CompanySection = keyof typeof COMPANY_SECTIONS;

/** Tables that name a person or a company but are in neither export, and why. */
export const NOT_EXPORTED: Record<string, string> = {
  operators:
    'Staff accounts (which sportello an operator works at): the exports are for citizens and companies; an operator appears in them only by name and role, in `people`.',
  api_clients:
    'Integration clients of a network, created by its admins: they hold no data about a citizen or a company.',
  api_client_operations:
    'The GraphQL operations a network admin registered for an integration client (named as who registered them): no data about a citizen or a company.',
  training_module_skills:
    'The ESCO skills a course builds: catalogue data of the course, not of the people enrolled (whose skills attested by it are in the CV section).',
  webhook_subscriptions:
    'An integration client’s endpoint and encrypted signing secret, set up by a network admin (named as its creator): no data about a citizen or a company.',
  webhook_deliveries:
    'The delivery state of network events sent to integrations; the events carry ids and states, never personal data.',
  webhook_delivery_attempts:
    'The log of HTTP attempts of those deliveries: status codes, errors and times only.',
  totp_authenticators:
    'The encrypted TOTP secret of a staff account: staff are not the subjects of these exports, and a credential is never handed out.',
  totp_recovery_codes:
    'Hashes of the one-time recovery codes of a staff account: a credential, and of staff only.',
  erasure_requests:
    'A request to erase the citizen (art. 17 GDPR): while it waits the citizen sees it on the erasure page of the portal; once executed it names nobody, only the id that no longer leads to a person.',
  retention_notices:
    'The date the inactivity notice was sent: the notice is the email the person received, and the row is deleted as soon as they sign in again or their account is anonymised.',
  external_logins:
    'Logins through SPID or CIE under way: the provider’s answer waits at most 30 minutes for the portal to use it, tied to no account, and is deleted once expired.',
  outcomes:
    'The outcome of a verified placement, kept as evidence for outcome-based payments: the placement itself is in the placements section; the groups at hire come from the special categories, exported in their own section.',
  outcome_follow_ups:
    'Whether a person still worked at a company 30, 90 and 180 days after a placement, as the company, the person or the sportello confirmed it: evidence for payments, of the placement exported in the placements section.',
  funding_contracts:
    'Agreements between the network and a sportello about payments per outcome: no data about a citizen or a company (only the admin who created it).',
  contract_tariffs: 'What a funding contract pays per outcome: amounts, no data about a person.',
  statements: 'Rendiconti of a funding contract: amounts and periods, no data about a person.',
  statement_lines:
    'Lines of a rendiconto: an outcome under its pseudonymous reference and an amount, no data about a person.',
  company_need_internships:
    'Which tirocini at the company came from a need: the tirocini themselves are in the internships section.',
  company_follow_ups:
    'The sportello’s own to-do list for a company (call back, send profiles): desk work, never shown to the company.',
  company_contact_corrections:
    'The history of corrections to a contact with a company (who corrected it, the previous values, internal notes included): the sportello’s own record; the company’s export holds the contacts as corrected and shared with it.',
  cv_matching_lists:
    'The matching index’s copy of a CV’s sections (skills, sought occupations, past jobs, titles, languages) as reference ids, kept by triggers: the sections themselves are in the CV section.',
  rate_limit_buckets:
    'Login-throttling counters kept for 15 minutes, keyed by a hash: nothing a person could read in them.',
};
