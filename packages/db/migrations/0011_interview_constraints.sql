-- A candidate is never in two accepted interviews at overlapping times.
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_citizen_no_overlap"
  EXCLUDE USING gist ("citizen_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&)
  WHERE ("status" = 'ACCEPTED');--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_period_check" CHECK ("ends_at" > "starts_at");
