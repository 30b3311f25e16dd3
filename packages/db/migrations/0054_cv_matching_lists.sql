CREATE TABLE "cv_matching_lists" (
	"citizen_id" uuid PRIMARY KEY NOT NULL,
	"skills" json NOT NULL,
	"sought_occupations" json NOT NULL,
	"experiences" json NOT NULL,
	"completed_eqf_levels" json NOT NULL,
	"languages" json NOT NULL,
	"max_skill_id" integer NOT NULL,
	"max_occupation_id" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cv_matching_lists" ADD CONSTRAINT "cv_matching_lists_citizen_id_cvs_citizen_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."cvs"("citizen_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- The lists of the given CVs, rebuilt from their sections. Locking each CV's row first orders
-- concurrent changes to one CV: the statements after the lock see whatever committed while it was
-- awaited, so neither change is lost. It runs as the tables' owner, so a request's network scope
-- can never leave a CV's lists behind. Sorted groups keep one list in memory at a time, where
-- hashed ones would hold a list for every CV of a full rebuild.
CREATE FUNCTION refresh_cv_matching_lists(changed uuid[]) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET enable_hashagg = off AS $$
BEGIN
  PERFORM 1 FROM cvs WHERE citizen_id = ANY (changed) ORDER BY citizen_id FOR UPDATE;
  INSERT INTO cv_matching_lists AS l (citizen_id, skills, sought_occupations, experiences,
      completed_eqf_levels, languages, max_skill_id, max_occupation_id)
    SELECT c.citizen_id, coalesce(s.list, '[]'), coalesce(o.list, '[]'), coalesce(e.list, '[]'),
      coalesce(t.list, '[]'), coalesce(g.list, '[]'), coalesce(s.max_id, -1),
      greatest(coalesce(o.max_id, -1), coalesce(e.max_id, -1))
    FROM cvs c
    LEFT JOIN (
      SELECT k.citizen_id, json_agg(x.id) AS list, max(x.id) AS max_id
      FROM cv_skills k JOIN esco_skills x ON x.uri = k.skill_uri
      WHERE k.citizen_id = ANY (changed) GROUP BY k.citizen_id
    ) s ON s.citizen_id = c.citizen_id
    LEFT JOIN (
      SELECT k.citizen_id, json_agg(x.id ORDER BY k.position) AS list, max(x.id) AS max_id
      FROM cv_sought_occupations k JOIN esco_occupations x ON x.uri = k.occupation_uri
      WHERE k.citizen_id = ANY (changed) GROUP BY k.citizen_id
    ) o ON o.citizen_id = c.citizen_id
    LEFT JOIN (
      SELECT k.citizen_id,
        json_agg(json_build_object('occupation', x.id, 'startsOn', k.starts_on, 'endsOn', k.ends_on)
          ORDER BY k.position) AS list,
        max(x.id) AS max_id
      FROM cv_experiences k LEFT JOIN esco_occupations x ON x.uri = k.occupation_uri
      WHERE k.citizen_id = ANY (changed) GROUP BY k.citizen_id
    ) e ON e.citizen_id = c.citizen_id
    LEFT JOIN (
      SELECT k.citizen_id, json_agg(x.eqf_level) AS list
      FROM cv_education k JOIN education_titles x ON x.code = k.title_code
      WHERE k.citizen_id = ANY (changed) AND k.year_completed IS NOT NULL GROUP BY k.citizen_id
    ) t ON t.citizen_id = c.citizen_id
    LEFT JOIN (
      SELECT k.citizen_id,
        json_agg(json_build_object('languageCode', k.language_code, 'motherTongue', k.mother_tongue,
          'levels', json_build_array(k.listening, k.reading, k.spoken_interaction, k.spoken_production,
            k.writing)) ORDER BY k.language_code) AS list
      FROM cv_languages k
      WHERE k.citizen_id = ANY (changed) GROUP BY k.citizen_id
    ) g ON g.citizen_id = c.citizen_id
    WHERE c.citizen_id = ANY (changed)
  ON CONFLICT (citizen_id) DO UPDATE SET skills = excluded.skills,
    sought_occupations = excluded.sought_occupations, experiences = excluded.experiences,
    completed_eqf_levels = excluded.completed_eqf_levels, languages = excluded.languages,
    max_skill_id = excluded.max_skill_id, max_occupation_id = excluded.max_occupation_id;
END
$$;--> statement-breakpoint
-- Once per statement that changes a CV section, for the CVs it touched.
CREATE FUNCTION cv_section_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_cv_matching_lists(ARRAY(SELECT DISTINCT citizen_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM refresh_cv_matching_lists(ARRAY(SELECT DISTINCT citizen_id FROM old_rows));
  ELSE
    PERFORM refresh_cv_matching_lists(
      ARRAY(SELECT citizen_id FROM old_rows UNION SELECT citizen_id FROM new_rows));
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
DO $$
DECLARE
  section text;
BEGIN
  -- A trigger with transition tables fires on one kind of change only.
  FOREACH section IN ARRAY ARRAY['cv_skills', 'cv_sought_occupations', 'cv_experiences', 'cv_education', 'cv_languages'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION cv_section_changed()', section || '_inserted_lists', section);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION cv_section_changed()', section || '_updated_lists', section);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION cv_section_changed()', section || '_deleted_lists', section);
  END LOOP;
END
$$;--> statement-breakpoint
SELECT refresh_cv_matching_lists(ARRAY(SELECT citizen_id FROM cvs));
