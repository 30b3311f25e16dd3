CREATE TYPE "public"."cv_skill_source" AS ENUM('DECLARED', 'INTERNSHIP');--> statement-breakpoint
CREATE TYPE "public"."skill_level" AS ENUM('BASIC', 'INTERMEDIATE', 'ADVANCED');--> statement-breakpoint
CREATE TABLE "cv_skills" (
	"citizen_id" uuid NOT NULL,
	"skill_uri" text NOT NULL,
	"level" "skill_level" NOT NULL,
	"source" "cv_skill_source" DEFAULT 'DECLARED' NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "cv_skills_citizen_id_skill_uri_pk" PRIMARY KEY("citizen_id","skill_uri")
);
--> statement-breakpoint
CREATE TABLE "vacancy_skills" (
	"vacancy_id" uuid NOT NULL,
	"skill_uri" text NOT NULL,
	"essential" boolean NOT NULL,
	CONSTRAINT "vacancy_skills_vacancy_id_skill_uri_pk" PRIMARY KEY("vacancy_id","skill_uri")
);
--> statement-breakpoint
ALTER TABLE "cv_skills" ADD CONSTRAINT "cv_skills_citizen_id_cvs_citizen_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."cvs"("citizen_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cv_skills" ADD CONSTRAINT "cv_skills_skill_uri_esco_skills_uri_fk" FOREIGN KEY ("skill_uri") REFERENCES "public"."esco_skills"("uri") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancy_skills" ADD CONSTRAINT "vacancy_skills_vacancy_id_vacancies_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "public"."vacancies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancy_skills" ADD CONSTRAINT "vacancy_skills_skill_uri_esco_skills_uri_fk" FOREIGN KEY ("skill_uri") REFERENCES "public"."esco_skills"("uri") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cv_skills_skill_idx" ON "cv_skills" USING btree ("skill_uri");--> statement-breakpoint
CREATE INDEX "vacancy_skills_skill_idx" ON "vacancy_skills" USING btree ("skill_uri");