CREATE TYPE "public"."internship_outcome" AS ENUM('OBJECTIVES_ACHIEVED', 'OBJECTIVES_PARTIALLY_ACHIEVED', 'OBJECTIVES_NOT_ACHIEVED');--> statement-breakpoint
CREATE TYPE "public"."internship_skill_kind" AS ENUM('TARGET', 'ACQUIRED');--> statement-breakpoint
CREATE TYPE "public"."internship_status" AS ENUM('PROPOSED', 'AGREEMENT_SIGNED', 'ACTIVE', 'SUSPENDED', 'INTERRUPTED', 'COMPLETED');--> statement-breakpoint
CREATE TYPE "public"."internship_type" AS ENUM('EXTRACURRICULAR', 'INCLUSION');--> statement-breakpoint
CREATE TABLE "internship_monitoring_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"internship_id" uuid NOT NULL,
	"period_starts_on" date NOT NULL,
	"period_ends_on" date NOT NULL,
	"hours_attended" integer NOT NULL,
	"note" text NOT NULL,
	"author_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "internship_monitoring_entries_period_check" CHECK ("internship_monitoring_entries"."period_ends_on" >= "internship_monitoring_entries"."period_starts_on"),
	CONSTRAINT "internship_monitoring_entries_hours_check" CHECK ("internship_monitoring_entries"."hours_attended" >= 0)
);
--> statement-breakpoint
CREATE TABLE "internship_skills" (
	"internship_id" uuid NOT NULL,
	"skill_uri" text NOT NULL,
	"kind" "internship_skill_kind" NOT NULL,
	"level" "skill_level",
	CONSTRAINT "internship_skills_internship_id_kind_skill_uri_pk" PRIMARY KEY("internship_id","kind","skill_uri"),
	CONSTRAINT "internship_skills_level_check" CHECK (("internship_skills"."kind" = 'ACQUIRED') = ("internship_skills"."level" is not null))
);
--> statement-breakpoint
CREATE TABLE "internship_status_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"internship_id" uuid NOT NULL,
	"from_status" "internship_status",
	"to_status" "internship_status" NOT NULL,
	"actor_user_id" uuid NOT NULL,
	"reason" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "internships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"company_site_id" uuid,
	"citizen_id" uuid NOT NULL,
	"sportello_id" uuid NOT NULL,
	"promoting_tutor_id" uuid NOT NULL,
	"company_tutor_name" text NOT NULL,
	"company_tutor_role" text,
	"company_tutor_email" text,
	"company_tutor_phone" text,
	"type" "internship_type" NOT NULL,
	"objectives" text NOT NULL,
	"activities" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"hours_per_week" integer NOT NULL,
	"monthly_indemnity_cents" integer NOT NULL,
	"status" "internship_status" DEFAULT 'PROPOSED' NOT NULL,
	"agreement_signed_at" timestamp with time zone,
	"status_reason" text,
	"evaluation_outcome" "internship_outcome",
	"evaluation_judgement" text,
	"evaluated_by" uuid,
	"evaluated_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "internships_period_check" CHECK ("internships"."ends_on" > "internships"."starts_on"),
	CONSTRAINT "internships_hours_check" CHECK ("internships"."hours_per_week" between 1 and 40),
	CONSTRAINT "internships_indemnity_check" CHECK ("internships"."monthly_indemnity_cents" >= 0),
	CONSTRAINT "internships_evaluation_check" CHECK (("internships"."status" = 'COMPLETED') = ("internships"."evaluated_at" is not null and "internships"."evaluation_outcome" is not null))
);
--> statement-breakpoint
ALTER TABLE "placements" ADD COLUMN "internship_id" uuid;--> statement-breakpoint
ALTER TABLE "cv_skills" ADD COLUMN "internship_id" uuid;--> statement-breakpoint
ALTER TABLE "internship_monitoring_entries" ADD CONSTRAINT "internship_monitoring_entries_internship_id_internships_id_fk" FOREIGN KEY ("internship_id") REFERENCES "public"."internships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_monitoring_entries" ADD CONSTRAINT "internship_monitoring_entries_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_skills" ADD CONSTRAINT "internship_skills_internship_id_internships_id_fk" FOREIGN KEY ("internship_id") REFERENCES "public"."internships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_skills" ADD CONSTRAINT "internship_skills_skill_uri_esco_skills_uri_fk" FOREIGN KEY ("skill_uri") REFERENCES "public"."esco_skills"("uri") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_status_events" ADD CONSTRAINT "internship_status_events_internship_id_internships_id_fk" FOREIGN KEY ("internship_id") REFERENCES "public"."internships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_status_events" ADD CONSTRAINT "internship_status_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internships" ADD CONSTRAINT "internships_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internships" ADD CONSTRAINT "internships_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internships" ADD CONSTRAINT "internships_company_site_id_company_sites_id_fk" FOREIGN KEY ("company_site_id") REFERENCES "public"."company_sites"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internships" ADD CONSTRAINT "internships_citizen_id_citizens_user_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internships" ADD CONSTRAINT "internships_sportello_id_sportelli_id_fk" FOREIGN KEY ("sportello_id") REFERENCES "public"."sportelli"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internships" ADD CONSTRAINT "internships_promoting_tutor_id_operators_user_id_fk" FOREIGN KEY ("promoting_tutor_id") REFERENCES "public"."operators"("user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internships" ADD CONSTRAINT "internships_evaluated_by_users_id_fk" FOREIGN KEY ("evaluated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internships" ADD CONSTRAINT "internships_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "internship_monitoring_entries_internship_idx" ON "internship_monitoring_entries" USING btree ("internship_id","period_starts_on");--> statement-breakpoint
CREATE INDEX "internship_status_events_internship_idx" ON "internship_status_events" USING btree ("internship_id","at");--> statement-breakpoint
CREATE INDEX "internships_network_idx" ON "internships" USING btree ("network_id","status","starts_on");--> statement-breakpoint
CREATE INDEX "internships_company_idx" ON "internships" USING btree ("company_id","starts_on");--> statement-breakpoint
CREATE INDEX "internships_citizen_idx" ON "internships" USING btree ("citizen_id","starts_on");--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_internship_id_internships_id_fk" FOREIGN KEY ("internship_id") REFERENCES "public"."internships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "placements_internship_idx" ON "placements" USING btree ("internship_id") WHERE "placements"."internship_id" is not null;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_internship_source_check" CHECK (("placements"."source" = 'INTERNSHIP') = ("placements"."internship_id" is not null));