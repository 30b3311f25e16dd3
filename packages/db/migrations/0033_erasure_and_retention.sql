CREATE TYPE "public"."erasure_origin" AS ENUM('CITIZEN', 'RETENTION');--> statement-breakpoint
CREATE TYPE "public"."erasure_status" AS ENUM('PENDING', 'COMPLETED');--> statement-breakpoint
CREATE TABLE "erasure_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"citizen_id" uuid NOT NULL,
	"origin" "erasure_origin" NOT NULL,
	"status" "erasure_status" DEFAULT 'PENDING' NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	"completed_by" uuid
);
--> statement-breakpoint
CREATE TABLE "retention_notices" (
	"citizen_id" uuid PRIMARY KEY NOT NULL,
	"network_id" uuid NOT NULL,
	"notified_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "last_login_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "retention_months" integer DEFAULT 24 NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "forget_on_send" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "erasure_requests" ADD CONSTRAINT "erasure_requests_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasure_requests" ADD CONSTRAINT "erasure_requests_citizen_id_citizens_user_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasure_requests" ADD CONSTRAINT "erasure_requests_completed_by_users_id_fk" FOREIGN KEY ("completed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_notices" ADD CONSTRAINT "retention_notices_citizen_id_citizens_user_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_notices" ADD CONSTRAINT "retention_notices_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "erasure_requests_pending_idx" ON "erasure_requests" USING btree ("citizen_id") WHERE "erasure_requests"."status" = 'PENDING';--> statement-breakpoint
CREATE INDEX "erasure_requests_network_idx" ON "erasure_requests" USING btree ("network_id","status","requested_at");--> statement-breakpoint
CREATE INDEX "retention_notices_notified_idx" ON "retention_notices" USING btree ("notified_at");--> statement-breakpoint
ALTER TABLE "networks" ADD CONSTRAINT "networks_retention_months_check" CHECK ("networks"."retention_months" between 6 and 120);