CREATE TYPE "public"."case_close_reason" AS ENUM('HIRED', 'MOVED_AWAY', 'NO_LONGER_INTERESTED', 'NO_CONTACT', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."diary_contact_channel" AS ENUM('PHONE_CALL', 'EMAIL', 'MEETING', 'MESSAGE');--> statement-breakpoint
CREATE TYPE "public"."diary_contact_outcome" AS ENUM('REACHED', 'NOT_REACHED', 'LEFT_MESSAGE', 'NO_SHOW');--> statement-breakpoint
CREATE TYPE "public"."diary_visibility" AS ENUM('INTERNAL', 'SHARED');--> statement-breakpoint
CREATE TYPE "public"."patto_acceptance_channel" AS ENUM('ONLINE', 'DESK');--> statement-breakpoint
CREATE TYPE "public"."patto_action_assignee" AS ENUM('CITIZEN', 'OPERATOR');--> statement-breakpoint
CREATE TYPE "public"."patto_action_kind" AS ENUM('ORIENTATION_INTERVIEW', 'SKILLS_ASSESSMENT', 'JOB_CLUB', 'TRAINING_MODULE', 'INTERNSHIP', 'JOB_SEARCH', 'SELF_EMPLOYMENT', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."patto_action_status" AS ENUM('TODO', 'DONE', 'CANCELLED');--> statement-breakpoint
CREATE TABLE "case_diary_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"sportello_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"occurred_on" date NOT NULL,
	"visibility" "diary_visibility" NOT NULL,
	"body" text NOT NULL,
	"contact_channel" "diary_contact_channel",
	"contact_outcome" "diary_contact_outcome",
	"corrects_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_diary_entries_contact_check" CHECK (("case_diary_entries"."contact_channel" is null) = ("case_diary_entries"."contact_outcome" is null))
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"citizen_id" uuid NOT NULL,
	"sportello_id" uuid NOT NULL,
	"taken_by" uuid NOT NULL,
	"in_charge_since" timestamp with time zone DEFAULT now() NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"patto_version_id" uuid,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"close_reason" "case_close_reason",
	"close_note" text,
	CONSTRAINT "cases_closed_check" CHECK (("cases"."closed_at" is null) = ("cases"."close_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "patto_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" "patto_action_kind" NOT NULL,
	"description" text NOT NULL,
	"due_on" date,
	"assignee" "patto_action_assignee" NOT NULL,
	"status" "patto_action_status" DEFAULT 'TODO' NOT NULL,
	"status_changed_at" timestamp with time zone,
	"status_changed_by" uuid
);
--> statement-breakpoint
CREATE TABLE "patto_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"objectives" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"accepted_at" timestamp with time zone,
	"accepted_on" date,
	"acceptance_channel" "patto_acceptance_channel",
	"acceptance_recorded_by" uuid,
	CONSTRAINT "patto_versions_accepted_check" CHECK (("patto_versions"."accepted_at" is null) = ("patto_versions"."acceptance_channel" is null))
);
--> statement-breakpoint
ALTER TABLE "case_diary_entries" ADD CONSTRAINT "case_diary_entries_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_diary_entries" ADD CONSTRAINT "case_diary_entries_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_diary_entries" ADD CONSTRAINT "case_diary_entries_sportello_id_sportelli_id_fk" FOREIGN KEY ("sportello_id") REFERENCES "public"."sportelli"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_diary_entries" ADD CONSTRAINT "case_diary_entries_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_diary_entries" ADD CONSTRAINT "case_diary_entries_corrects_id_case_diary_entries_id_fk" FOREIGN KEY ("corrects_id") REFERENCES "public"."case_diary_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_citizen_id_citizens_user_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_sportello_id_sportelli_id_fk" FOREIGN KEY ("sportello_id") REFERENCES "public"."sportelli"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_taken_by_users_id_fk" FOREIGN KEY ("taken_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_patto_version_id_patto_versions_id_fk" FOREIGN KEY ("patto_version_id") REFERENCES "public"."patto_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patto_actions" ADD CONSTRAINT "patto_actions_version_id_patto_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."patto_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patto_actions" ADD CONSTRAINT "patto_actions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patto_actions" ADD CONSTRAINT "patto_actions_status_changed_by_users_id_fk" FOREIGN KEY ("status_changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patto_versions" ADD CONSTRAINT "patto_versions_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patto_versions" ADD CONSTRAINT "patto_versions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patto_versions" ADD CONSTRAINT "patto_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patto_versions" ADD CONSTRAINT "patto_versions_acceptance_recorded_by_users_id_fk" FOREIGN KEY ("acceptance_recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_diary_entries_case_idx" ON "case_diary_entries" USING btree ("case_id","occurred_on");--> statement-breakpoint
CREATE UNIQUE INDEX "case_diary_entries_corrects_idx" ON "case_diary_entries" USING btree ("corrects_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_open_idx" ON "cases" USING btree ("citizen_id") WHERE "cases"."closed_at" is null;--> statement-breakpoint
CREATE INDEX "cases_sportello_idx" ON "cases" USING btree ("sportello_id","closed_at");--> statement-breakpoint
CREATE INDEX "patto_actions_version_idx" ON "patto_actions" USING btree ("version_id","position");--> statement-breakpoint
CREATE INDEX "patto_actions_due_idx" ON "patto_actions" USING btree ("case_id","status","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "patto_versions_case_version_idx" ON "patto_versions" USING btree ("case_id","version");--> statement-breakpoint
-- Citizens already in charge get their case, at the sportello that has them.
INSERT INTO "cases" ("network_id", "citizen_id", "sportello_id", "taken_by", "in_charge_since", "opened_at")
  SELECT "network_id", "citizen_id", "sportello_id", "taken_by", "started_at", "started_at"
  FROM "case_assignments" WHERE "ended_at" IS NULL;
