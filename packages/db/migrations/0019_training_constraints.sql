-- A skill attested by a modulo formativo names it, and only such a skill does. The source is
-- compared as text: TRAINING is added to the enum in this same transaction, where it cannot be used yet.
ALTER TABLE "cv_skills" ADD CONSTRAINT "cv_skills_training_module_id_training_modules_id_fk"
  FOREIGN KEY ("training_module_id") REFERENCES "public"."training_modules"("id") ON DELETE cascade;--> statement-breakpoint
ALTER TABLE "cv_skills" ADD CONSTRAINT "cv_skills_training_source_check"
  CHECK (("source"::text = 'TRAINING') = ("training_module_id" is not null));
