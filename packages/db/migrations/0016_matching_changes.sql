CREATE TYPE "public"."matching_subject" AS ENUM('CV', 'VACANCY');--> statement-breakpoint
CREATE TABLE "matching_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"subject" "matching_subject" NOT NULL,
	"subject_id" uuid NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "matching_changes_changed_at_idx" ON "matching_changes" USING btree ("changed_at");