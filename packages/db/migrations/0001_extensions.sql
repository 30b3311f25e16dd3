-- Trigram search on names (comuni now, CVs and vacancies later) and GiST exclusion constraints on time ranges.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "comuni_name_trgm_idx" ON "comuni" USING gin ("name" gin_trgm_ops);
