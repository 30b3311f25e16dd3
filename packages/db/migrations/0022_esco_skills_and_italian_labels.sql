CREATE TABLE "esco_skill_groups" (
	"uri" text PRIMARY KEY NOT NULL,
	"code" text,
	"label_en" text NOT NULL,
	"description_en" text
);
--> statement-breakpoint
CREATE TABLE "esco_skill_relations" (
	"skill_uri" text NOT NULL,
	"related_skill_uri" text NOT NULL,
	"relation_type" text NOT NULL,
	CONSTRAINT "esco_skill_relations_skill_uri_related_skill_uri_pk" PRIMARY KEY("skill_uri","related_skill_uri")
);
--> statement-breakpoint
ALTER TABLE "esco_occupation_skills" DROP CONSTRAINT "esco_occupation_skills_occupation_uri_esco_occupations_uri_fk";
--> statement-breakpoint
ALTER TABLE "esco_occupation_skills" DROP CONSTRAINT "esco_occupation_skills_skill_uri_esco_skills_uri_fk";
--> statement-breakpoint
ALTER TABLE "esco_occupations" ADD COLUMN "alt_labels_it" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "esco_occupations" ADD COLUMN "description_it" text;--> statement-breakpoint
ALTER TABLE "esco_occupations" ADD COLUMN "search_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "esco_occupations" ADD COLUMN "search_it" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "esco_skill_broader" ADD COLUMN "skill_kind" text DEFAULT 'skill' NOT NULL;--> statement-breakpoint
ALTER TABLE "esco_skill_broader" ADD COLUMN "broader_kind" text DEFAULT 'skill' NOT NULL;--> statement-breakpoint
ALTER TABLE "esco_skills" ADD COLUMN "alt_labels_en" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "esco_skills" ADD COLUMN "description_en" text;--> statement-breakpoint
ALTER TABLE "esco_skills" ADD COLUMN "search" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "isco_groups" ADD COLUMN "label_it" text;--> statement-breakpoint
CREATE INDEX "esco_occupations_search_en_idx" ON "esco_occupations" USING gin ("search_en" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "esco_occupations_search_it_idx" ON "esco_occupations" USING gin ("search_it" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "esco_skill_broader_broader_idx" ON "esco_skill_broader" USING btree ("broader_uri");--> statement-breakpoint
CREATE INDEX "esco_skills_search_idx" ON "esco_skills" USING gin ("search" gin_trgm_ops);