-- Row-level security by network, as defence in depth under the services' own filters.
-- Request-scoped connections run as sportello_tenant (no superuser, no BYPASSRLS) with the
-- request's network in sportello.network_id (see createDb's forNetwork); the tables' owner, which
-- migrations, seeds, background jobs and the matching index load connect as, is not subject to the
-- policies (ENABLE, not FORCE). Roles are cluster-wide and test databases migrate concurrently.
-- The network in a scalar subquery: read once per statement (an InitPlan), not once per row.
DO $$
BEGIN
  CREATE ROLE sportello_tenant NOLOGIN NOSUPERUSER NOBYPASSRLS;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;--> statement-breakpoint
DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'sportello_tenant', 'MEMBER') THEN
    EXECUTE format('GRANT sportello_tenant TO %I', current_user);
  END IF;
END $$;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO sportello_tenant;--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO sportello_tenant;--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO sportello_tenant;--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO sportello_tenant;--> statement-breakpoint
ALTER TABLE "api_clients" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "api_clients_network" ON "api_clients" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "applications" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "applications_network" ON "applications" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "appointment_slots" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "appointment_slots_network" ON "appointment_slots" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "audit_log" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "audit_log_network" ON "audit_log" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "bookings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "bookings_network" ON "bookings" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "business_ideas" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "business_ideas_network" ON "business_ideas" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "case_assignments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "case_assignments_network" ON "case_assignments" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "case_diary_entries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "case_diary_entries_network" ON "case_diary_entries" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "cases" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "cases_network" ON "cases" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "citizen_special_categories" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "citizen_special_categories_network" ON "citizen_special_categories" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "citizens" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "citizens_network" ON "citizens" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "companies" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "companies_network" ON "companies" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "company_contact_corrections" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "company_contact_corrections_network" ON "company_contact_corrections" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "company_contacts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "company_contacts_network" ON "company_contacts" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "company_follow_ups" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "company_follow_ups_network" ON "company_follow_ups" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "company_needs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "company_needs_network" ON "company_needs" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "consents" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "consents_network" ON "consents" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "cover_letters" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "cover_letters_network" ON "cover_letters" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "cvs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "cvs_network" ON "cvs" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "erasure_requests" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "erasure_requests_network" ON "erasure_requests" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "external_identities" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "external_identities_network" ON "external_identities" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "front_desk_contacts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "front_desk_contacts_network" ON "front_desk_contacts" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "funding_contracts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "funding_contracts_network" ON "funding_contracts" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "group_activities" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "group_activities_network" ON "group_activities" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "group_attendance" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "group_attendance_network" ON "group_attendance" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "group_enrolments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "group_enrolments_network" ON "group_enrolments" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "group_sessions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "group_sessions_network" ON "group_sessions" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "internships" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "internships_network" ON "internships" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "interviews" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "interviews_network" ON "interviews" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "job_alerts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "job_alerts_network" ON "job_alerts" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "membership_fees" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "membership_fees_network" ON "membership_fees" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "memberships" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "memberships_network" ON "memberships" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "microcredit_partners" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "microcredit_partners_network" ON "microcredit_partners" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "microcredit_referral_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "microcredit_referral_events_network" ON "microcredit_referral_events" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "microcredit_referrals" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "microcredit_referrals_network" ON "microcredit_referrals" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "notifications" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "notifications_network" ON "notifications" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "operators" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "operators_network" ON "operators" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "orientation_records" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "orientation_records_network" ON "orientation_records" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "outbox" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "outbox_network" ON "outbox" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "outcome_follow_ups" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "outcome_follow_ups_network" ON "outcome_follow_ups" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "outcomes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "outcomes_network" ON "outcomes" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "outplacement_projects" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "outplacement_projects_network" ON "outplacement_projects" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "outplacement_worker_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "outplacement_worker_events_network" ON "outplacement_worker_events" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "outplacement_workers" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "outplacement_workers_network" ON "outplacement_workers" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "patto_versions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "patto_versions_network" ON "patto_versions" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "placements" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "placements_network" ON "placements" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "program_applications" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "program_applications_network" ON "program_applications" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "program_calls" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "program_calls_network" ON "program_calls" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "program_participations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "program_participations_network" ON "program_participations" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "programs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "programs_network" ON "programs" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "retention_notices" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "retention_notices_network" ON "retention_notices" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "sportelli" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "sportelli_network" ON "sportelli" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "statement_lines" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "statement_lines_network" ON "statement_lines" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "statements" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "statements_network" ON "statements" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "training_enrolments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "training_enrolments_network" ON "training_enrolments" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "training_modules" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "training_modules_network" ON "training_modules" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "users" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "users_network" ON "users" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "vacancies" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "vacancies_network" ON "vacancies" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "webhook_deliveries_network" ON "webhook_deliveries" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "webhook_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "webhook_events_network" ON "webhook_events" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "webhook_subscriptions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "webhook_subscriptions_network" ON "webhook_subscriptions" USING ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid)) WITH CHECK ("network_id" = (select nullif(current_setting('sportello.network_id', true), '')::uuid));
