CREATE TYPE "public"."company_contact_channel" AS ENUM('COMPANY_VISIT', 'PHONE', 'EMAIL', 'EVENT');--> statement-breakpoint
CREATE TYPE "public"."company_need_status" AS ENUM('OPEN', 'MET', 'WITHDRAWN');--> statement-breakpoint
CREATE TABLE "company_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"contacted_on" date NOT NULL,
	"channel" "company_contact_channel" NOT NULL,
	"summary" text NOT NULL,
	"shared_with_company" boolean DEFAULT false NOT NULL,
	"outcome" text,
	"internal_notes" text,
	"law68_quota" integer,
	"law68_uncovered" integer,
	"operator_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "company_contacts_law68_check" CHECK (("company_contacts"."law68_quota" is null) = ("company_contacts"."law68_uncovered" is null) and coalesce("company_contacts"."law68_uncovered" between 0 and "company_contacts"."law68_quota", true))
);
--> statement-breakpoint
CREATE TABLE "company_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"action" text NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "company_need_internships" (
	"need_id" uuid NOT NULL,
	"internship_id" uuid NOT NULL,
	CONSTRAINT "company_need_internships_need_id_internship_id_pk" PRIMARY KEY("need_id","internship_id")
);
--> statement-breakpoint
CREATE TABLE "company_need_skills" (
	"need_id" uuid NOT NULL,
	"skill_uri" text NOT NULL,
	CONSTRAINT "company_need_skills_need_id_skill_uri_pk" PRIMARY KEY("need_id","skill_uri")
);
--> statement-breakpoint
CREATE TABLE "company_need_vacancies" (
	"need_id" uuid NOT NULL,
	"vacancy_id" uuid NOT NULL,
	CONSTRAINT "company_need_vacancies_need_id_vacancy_id_pk" PRIMARY KEY("need_id","vacancy_id")
);
--> statement-breakpoint
CREATE TABLE "company_needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"occupation_uri" text NOT NULL,
	"headcount" integer NOT NULL,
	"needed_by" date NOT NULL,
	"status" "company_need_status" DEFAULT 'OPEN' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "company_needs_headcount_check" CHECK ("company_needs"."headcount" between 1 and 500)
);
--> statement-breakpoint
ALTER TABLE "company_contacts" ADD CONSTRAINT "company_contacts_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_contacts" ADD CONSTRAINT "company_contacts_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_contacts" ADD CONSTRAINT "company_contacts_operator_id_users_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_follow_ups" ADD CONSTRAINT "company_follow_ups_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_follow_ups" ADD CONSTRAINT "company_follow_ups_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_follow_ups" ADD CONSTRAINT "company_follow_ups_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_follow_ups" ADD CONSTRAINT "company_follow_ups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_need_internships" ADD CONSTRAINT "company_need_internships_need_id_company_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."company_needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_need_internships" ADD CONSTRAINT "company_need_internships_internship_id_internships_id_fk" FOREIGN KEY ("internship_id") REFERENCES "public"."internships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_need_skills" ADD CONSTRAINT "company_need_skills_need_id_company_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."company_needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_need_skills" ADD CONSTRAINT "company_need_skills_skill_uri_esco_skills_uri_fk" FOREIGN KEY ("skill_uri") REFERENCES "public"."esco_skills"("uri") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_need_vacancies" ADD CONSTRAINT "company_need_vacancies_need_id_company_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."company_needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_need_vacancies" ADD CONSTRAINT "company_need_vacancies_vacancy_id_vacancies_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "public"."vacancies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_needs" ADD CONSTRAINT "company_needs_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_needs" ADD CONSTRAINT "company_needs_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_needs" ADD CONSTRAINT "company_needs_contact_id_company_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."company_contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_needs" ADD CONSTRAINT "company_needs_occupation_uri_esco_occupations_uri_fk" FOREIGN KEY ("occupation_uri") REFERENCES "public"."esco_occupations"("uri") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "company_contacts_company_idx" ON "company_contacts" USING btree ("company_id","contacted_on");--> statement-breakpoint
CREATE INDEX "company_contacts_network_idx" ON "company_contacts" USING btree ("network_id","contacted_on");--> statement-breakpoint
CREATE INDEX "company_follow_ups_company_idx" ON "company_follow_ups" USING btree ("company_id","due_on");--> statement-breakpoint
CREATE INDEX "company_follow_ups_open_idx" ON "company_follow_ups" USING btree ("network_id","due_on") WHERE "company_follow_ups"."done_at" is null;--> statement-breakpoint
CREATE INDEX "company_need_internships_internship_idx" ON "company_need_internships" USING btree ("internship_id");--> statement-breakpoint
CREATE INDEX "company_need_vacancies_vacancy_idx" ON "company_need_vacancies" USING btree ("vacancy_id");--> statement-breakpoint
CREATE INDEX "company_needs_company_idx" ON "company_needs" USING btree ("company_id","status");--> statement-breakpoint
CREATE INDEX "company_needs_contact_idx" ON "company_needs" USING btree ("contact_id");