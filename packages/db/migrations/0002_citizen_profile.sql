CREATE TYPE "public"."consent_purpose" AS ENUM('PRIVACY_NOTICE', 'CV_SHARING', 'MARKETING');--> statement-breakpoint
CREATE TYPE "public"."disability_category" AS ENUM('CIVIL_INVALIDITY', 'WORK_INVALIDITY', 'BLIND_OR_DEAF', 'WAR_OR_SERVICE_INVALIDITY');--> statement-breakpoint
CREATE TYPE "public"."employment_status" AS ENUM('UNEMPLOYED', 'NEVER_EMPLOYED', 'EMPLOYED_SEEKING');--> statement-breakpoint
CREATE TABLE "case_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"citizen_id" uuid NOT NULL,
	"sportello_id" uuid NOT NULL,
	"taken_by" uuid NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "citizen_special_categories" (
	"citizen_id" uuid PRIMARY KEY NOT NULL,
	"network_id" uuid NOT NULL,
	"law68_disability" boolean DEFAULT false NOT NULL,
	"disability_category" "disability_category",
	"economic_hardship" boolean DEFAULT false NOT NULL,
	"declared_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"citizen_id" uuid NOT NULL,
	"purpose" "consent_purpose" NOT NULL,
	"text_version" text NOT NULL,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "citizens" ADD COLUMN "domicile_comune_code" text;--> statement-breakpoint
ALTER TABLE "citizens" ADD COLUMN "employment_status" "employment_status";--> statement-breakpoint
ALTER TABLE "citizens" ADD COLUMN "available_full_time" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "citizens" ADD COLUMN "available_part_time" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "citizens" ADD COLUMN "available_for_shifts" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "citizens" ADD COLUMN "mobility_radius_km" integer DEFAULT 20 NOT NULL;--> statement-breakpoint
ALTER TABLE "citizens" ADD COLUMN "has_own_vehicle" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "citizens" ADD COLUMN "driving_licences" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_citizen_id_citizens_user_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_sportello_id_sportelli_id_fk" FOREIGN KEY ("sportello_id") REFERENCES "public"."sportelli"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_taken_by_users_id_fk" FOREIGN KEY ("taken_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citizen_special_categories" ADD CONSTRAINT "citizen_special_categories_citizen_id_citizens_user_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citizen_special_categories" ADD CONSTRAINT "citizen_special_categories_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citizen_special_categories" ADD CONSTRAINT "citizen_special_categories_declared_by_users_id_fk" FOREIGN KEY ("declared_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_citizen_id_citizens_user_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_assignments_open_idx" ON "case_assignments" USING btree ("citizen_id") WHERE "case_assignments"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "consents_citizen_idx" ON "consents" USING btree ("citizen_id","purpose");--> statement-breakpoint
CREATE UNIQUE INDEX "consents_active_idx" ON "consents" USING btree ("citizen_id","purpose") WHERE "consents"."withdrawn_at" is null;--> statement-breakpoint
ALTER TABLE "citizens" ADD CONSTRAINT "citizens_domicile_comune_code_comuni_istat_code_fk" FOREIGN KEY ("domicile_comune_code") REFERENCES "public"."comuni"("istat_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citizens" ADD CONSTRAINT "citizens_mobility_radius_check" CHECK ("citizens"."mobility_radius_km" between 0 and 500);