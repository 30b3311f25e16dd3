-- Writes that can change a match leave a row in matching_changes, in the same transaction, so
-- every API instance can bring its matching index up to date by reading the rows after the last
-- id it has seen (this works the same on PostgreSQL and on the embedded PGlite).
CREATE FUNCTION matching_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed jsonb;
BEGIN
  IF TG_OP = 'DELETE' THEN
    changed := to_jsonb(OLD);
  ELSE
    changed := to_jsonb(NEW);
  END IF;
  INSERT INTO matching_changes (subject, subject_id)
    VALUES (TG_ARGV[0]::matching_subject, (changed ->> TG_ARGV[1])::uuid);
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "citizens_matching_change" AFTER INSERT OR UPDATE OR DELETE ON "citizens"
  FOR EACH ROW EXECUTE FUNCTION matching_change('CV', 'user_id');--> statement-breakpoint
CREATE TRIGGER "users_matching_change" AFTER UPDATE OF disabled_at ON "users"
  FOR EACH ROW WHEN (OLD.kind = 'CITIZEN' AND OLD.disabled_at IS DISTINCT FROM NEW.disabled_at) EXECUTE FUNCTION matching_change('CV', 'id');--> statement-breakpoint
CREATE TRIGGER "consents_matching_change" AFTER INSERT OR UPDATE OR DELETE ON "consents"
  FOR EACH ROW EXECUTE FUNCTION matching_change('CV', 'citizen_id');--> statement-breakpoint
CREATE TRIGGER "citizen_special_categories_matching_change" AFTER INSERT OR UPDATE OR DELETE ON "citizen_special_categories"
  FOR EACH ROW EXECUTE FUNCTION matching_change('CV', 'citizen_id');--> statement-breakpoint
CREATE TRIGGER "cvs_matching_change" AFTER INSERT OR UPDATE OR DELETE ON "cvs"
  FOR EACH ROW EXECUTE FUNCTION matching_change('CV', 'citizen_id');--> statement-breakpoint
CREATE TRIGGER "cv_sought_occupations_matching_change" AFTER INSERT OR UPDATE OR DELETE ON "cv_sought_occupations"
  FOR EACH ROW EXECUTE FUNCTION matching_change('CV', 'citizen_id');--> statement-breakpoint
CREATE TRIGGER "cv_experiences_matching_change" AFTER INSERT OR UPDATE OR DELETE ON "cv_experiences"
  FOR EACH ROW EXECUTE FUNCTION matching_change('CV', 'citizen_id');--> statement-breakpoint
CREATE TRIGGER "cv_education_matching_change" AFTER INSERT OR UPDATE OR DELETE ON "cv_education"
  FOR EACH ROW EXECUTE FUNCTION matching_change('CV', 'citizen_id');--> statement-breakpoint
CREATE TRIGGER "cv_languages_matching_change" AFTER INSERT OR UPDATE OR DELETE ON "cv_languages"
  FOR EACH ROW EXECUTE FUNCTION matching_change('CV', 'citizen_id');--> statement-breakpoint
CREATE TRIGGER "cv_skills_matching_change" AFTER INSERT OR UPDATE OR DELETE ON "cv_skills"
  FOR EACH ROW EXECUTE FUNCTION matching_change('CV', 'citizen_id');--> statement-breakpoint
CREATE TRIGGER "vacancies_matching_change" AFTER INSERT OR UPDATE OR DELETE ON "vacancies"
  FOR EACH ROW EXECUTE FUNCTION matching_change('VACANCY', 'id');--> statement-breakpoint
CREATE TRIGGER "vacancy_languages_matching_change" AFTER INSERT OR UPDATE OR DELETE ON "vacancy_languages"
  FOR EACH ROW EXECUTE FUNCTION matching_change('VACANCY', 'vacancy_id');--> statement-breakpoint
CREATE TRIGGER "vacancy_skills_matching_change" AFTER INSERT OR UPDATE OR DELETE ON "vacancy_skills"
  FOR EACH ROW EXECUTE FUNCTION matching_change('VACANCY', 'vacancy_id');
