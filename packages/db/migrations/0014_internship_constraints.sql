-- A skill attested by a tirocinio names it, and only such a skill does.
ALTER TABLE "cv_skills" ADD CONSTRAINT "cv_skills_internship_id_internships_id_fk"
  FOREIGN KEY ("internship_id") REFERENCES "public"."internships"("id") ON DELETE cascade;--> statement-breakpoint
ALTER TABLE "cv_skills" ADD CONSTRAINT "cv_skills_internship_source_check"
  CHECK (("source" = 'INTERNSHIP') = ("internship_id" is not null));
