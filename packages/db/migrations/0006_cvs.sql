CREATE TYPE "public"."cefr_level" AS ENUM('A1', 'A2', 'B1', 'B2', 'C1', 'C2');--> statement-breakpoint
CREATE TABLE "cv_certifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"citizen_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"issuer" text,
	"issued_on" date,
	"expires_on" date
);
--> statement-breakpoint
CREATE TABLE "cv_education" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"citizen_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title_code" text NOT NULL,
	"field" text,
	"institution" text,
	"year_completed" integer
);
--> statement-breakpoint
CREATE TABLE "cv_experiences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"citizen_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"employer" text NOT NULL,
	"job_title" text NOT NULL,
	"occupation_uri" text,
	"comune_code" text,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"description" text,
	CONSTRAINT "cv_experiences_period_check" CHECK ("cv_experiences"."ends_on" is null or "cv_experiences"."ends_on" >= "cv_experiences"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "cv_languages" (
	"citizen_id" uuid NOT NULL,
	"language_code" text NOT NULL,
	"mother_tongue" boolean NOT NULL,
	"listening" "cefr_level",
	"reading" "cefr_level",
	"spoken_interaction" "cefr_level",
	"spoken_production" "cefr_level",
	"writing" "cefr_level",
	CONSTRAINT "cv_languages_citizen_id_language_code_pk" PRIMARY KEY("citizen_id","language_code")
);
--> statement-breakpoint
CREATE TABLE "cv_sought_occupations" (
	"citizen_id" uuid NOT NULL,
	"occupation_uri" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "cv_sought_occupations_citizen_id_occupation_uri_pk" PRIMARY KEY("citizen_id","occupation_uri")
);
--> statement-breakpoint
CREATE TABLE "cvs" (
	"citizen_id" uuid PRIMARY KEY NOT NULL,
	"network_id" uuid NOT NULL,
	"headline" text,
	"summary" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "education_titles" (
	"code" text PRIMARY KEY NOT NULL,
	"label_it" text NOT NULL,
	"eqf_level" integer
);
--> statement-breakpoint
ALTER TABLE "cv_certifications" ADD CONSTRAINT "cv_certifications_citizen_id_cvs_citizen_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."cvs"("citizen_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cv_education" ADD CONSTRAINT "cv_education_citizen_id_cvs_citizen_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."cvs"("citizen_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cv_education" ADD CONSTRAINT "cv_education_title_code_education_titles_code_fk" FOREIGN KEY ("title_code") REFERENCES "public"."education_titles"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cv_experiences" ADD CONSTRAINT "cv_experiences_citizen_id_cvs_citizen_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."cvs"("citizen_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cv_experiences" ADD CONSTRAINT "cv_experiences_occupation_uri_esco_occupations_uri_fk" FOREIGN KEY ("occupation_uri") REFERENCES "public"."esco_occupations"("uri") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cv_experiences" ADD CONSTRAINT "cv_experiences_comune_code_comuni_istat_code_fk" FOREIGN KEY ("comune_code") REFERENCES "public"."comuni"("istat_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cv_languages" ADD CONSTRAINT "cv_languages_citizen_id_cvs_citizen_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."cvs"("citizen_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cv_sought_occupations" ADD CONSTRAINT "cv_sought_occupations_citizen_id_cvs_citizen_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."cvs"("citizen_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cv_sought_occupations" ADD CONSTRAINT "cv_sought_occupations_occupation_uri_esco_occupations_uri_fk" FOREIGN KEY ("occupation_uri") REFERENCES "public"."esco_occupations"("uri") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cvs" ADD CONSTRAINT "cvs_citizen_id_citizens_user_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cvs" ADD CONSTRAINT "cvs_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cv_certifications_citizen_idx" ON "cv_certifications" USING btree ("citizen_id");--> statement-breakpoint
CREATE INDEX "cv_education_citizen_idx" ON "cv_education" USING btree ("citizen_id");--> statement-breakpoint
CREATE INDEX "cv_experiences_citizen_idx" ON "cv_experiences" USING btree ("citizen_id");--> statement-breakpoint
CREATE INDEX "cv_sought_occupation_idx" ON "cv_sought_occupations" USING btree ("occupation_uri");