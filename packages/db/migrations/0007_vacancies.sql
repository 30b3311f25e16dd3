CREATE TYPE "public"."contract_type" AS ENUM('PERMANENT', 'FIXED_TERM', 'APPRENTICESHIP', 'AGENCY', 'INTERNSHIP', 'COLLABORATION', 'SELF_EMPLOYMENT');--> statement-breakpoint
CREATE TYPE "public"."vacancy_status" AS ENUM('DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'CLOSED', 'FILLED');--> statement-breakpoint
CREATE TYPE "public"."working_hours" AS ENUM('FULL_TIME', 'PART_TIME');--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"actor_id" text NOT NULL,
	"key" text NOT NULL,
	"operation" text NOT NULL,
	"request_hash" text NOT NULL,
	"result_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_actor_id_key_pk" PRIMARY KEY("actor_id","key")
);
--> statement-breakpoint
CREATE TABLE "vacancies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"title" text NOT NULL,
	"occupation_uri" text NOT NULL,
	"description" text NOT NULL,
	"contract_type" "contract_type" NOT NULL,
	"hours" "working_hours" NOT NULL,
	"weekly_hours" integer,
	"shifts" boolean DEFAULT false NOT NULL,
	"workplace_comune_code" text,
	"remote" boolean DEFAULT false NOT NULL,
	"salary_min_cents" integer,
	"salary_max_cents" integer,
	"positions" integer DEFAULT 1 NOT NULL,
	"law68_reserved" boolean DEFAULT false NOT NULL,
	"min_eqf_level" integer,
	"min_experience_months" integer DEFAULT 0 NOT NULL,
	"driving_licences" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" "vacancy_status" DEFAULT 'DRAFT' NOT NULL,
	"rejection_reason" text,
	"moderated_by" uuid,
	"published_at" timestamp with time zone,
	"expires_on" date NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search_document" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('italian', coalesce(title, '')), 'A') || setweight(to_tsvector('italian', coalesce(description, '')), 'B')) STORED,
	CONSTRAINT "vacancies_positions_check" CHECK ("vacancies"."positions" between 1 and 500),
	CONSTRAINT "vacancies_salary_check" CHECK ("vacancies"."salary_max_cents" is null or "vacancies"."salary_min_cents" is null or "vacancies"."salary_max_cents" >= "vacancies"."salary_min_cents"),
	CONSTRAINT "vacancies_place_check" CHECK ("vacancies"."remote" or "vacancies"."workplace_comune_code" is not null)
);
--> statement-breakpoint
CREATE TABLE "vacancy_languages" (
	"vacancy_id" uuid NOT NULL,
	"language_code" text NOT NULL,
	"min_level" "cefr_level" NOT NULL,
	CONSTRAINT "vacancy_languages_vacancy_id_language_code_pk" PRIMARY KEY("vacancy_id","language_code")
);
--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_occupation_uri_esco_occupations_uri_fk" FOREIGN KEY ("occupation_uri") REFERENCES "public"."esco_occupations"("uri") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_workplace_comune_code_comuni_istat_code_fk" FOREIGN KEY ("workplace_comune_code") REFERENCES "public"."comuni"("istat_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_moderated_by_users_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancy_languages" ADD CONSTRAINT "vacancy_languages_vacancy_id_vacancies_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "public"."vacancies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "vacancies_company_idx" ON "vacancies" USING btree ("company_id","created_at");--> statement-breakpoint
CREATE INDEX "vacancies_published_idx" ON "vacancies" USING btree ("network_id","published_at") WHERE "vacancies"."status" = 'PUBLISHED';--> statement-breakpoint
CREATE INDEX "vacancies_search_idx" ON "vacancies" USING gin ("search_document");