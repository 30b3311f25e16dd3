ALTER TABLE "networks" ADD COLUMN "privacy_controller" text;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "dpo_email" text;