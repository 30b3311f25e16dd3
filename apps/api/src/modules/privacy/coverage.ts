/**
 * Which tables each section of the exports reads. The completeness test (`privacy-export.test.ts`)
 * finds every table of the database that holds data about a person or a company (a foreign key to
 * users, citizens or companies, or to a table that has one, or a column naming a user) and fails
 * unless it is read here or listed in `NOT_EXPORTED` with the reason.
 */
export const CITIZEN_SECTIONS = {
  account: ['users', 'refresh_tokens', 'known_devices', 'one_time_tokens'],
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
  account: ['users', 'refresh_tokens', 'known_devices', 'one_time_tokens'],
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
  training_module_skills:
    'The ESCO skills a course builds: catalogue data of the course, not of the people enrolled (whose skills attested by it are in the CV section).',
  totp_authenticators:
    'The encrypted TOTP secret of a staff account: staff are not the subjects of these exports, and a credential is never handed out.',
  totp_recovery_codes:
    'Hashes of the one-time recovery codes of a staff account: a credential, and of staff only.',
  rate_limit_buckets:
    'Login-throttling counters kept for 15 minutes, keyed by a hash: nothing a person could read in them.',
};
