ALTER TYPE "public"."interview_status" ADD VALUE 'NEW_DATE_REQUESTED';--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "message" text;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "response_note" text;