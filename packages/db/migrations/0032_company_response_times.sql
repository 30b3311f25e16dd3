ALTER TYPE "public"."application_status" ADD VALUE 'NO_ANSWER';--> statement-breakpoint
ALTER TABLE "application_events" ALTER COLUMN "actor_user_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "company_reminded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "company_response_days" integer DEFAULT 10 NOT NULL;--> statement-breakpoint
CREATE INDEX "applications_awaiting_answer_idx" ON "applications" USING btree ("disclosed_at") WHERE "applications"."status" = 'APPLIED';--> statement-breakpoint
ALTER TABLE "networks" ADD CONSTRAINT "networks_company_response_days_check" CHECK ("networks"."company_response_days" between 1 and 60);