CREATE TYPE "public"."training_enrolment_status" AS ENUM('ENROLLED', 'WITHDRAWN', 'COMPLETED');--> statement-breakpoint
CREATE TYPE "public"."training_mode" AS ENUM('IN_PERSON', 'ONLINE');--> statement-breakpoint
CREATE TYPE "public"."training_module_status" AS ENUM('DRAFT', 'PUBLISHED', 'CANCELLED');--> statement-breakpoint
ALTER TYPE "public"."cv_skill_source" ADD VALUE 'TRAINING';--> statement-breakpoint
CREATE TABLE "training_enrolments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"module_id" uuid NOT NULL,
	"network_id" uuid NOT NULL,
	"citizen_id" uuid NOT NULL,
	"status" "training_enrolment_status" DEFAULT 'ENROLLED' NOT NULL,
	"enrolled_by" uuid NOT NULL,
	"enrolled_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"completed_by" uuid,
	CONSTRAINT "training_enrolments_withdrawn_check" CHECK (("training_enrolments"."status" = 'WITHDRAWN') = ("training_enrolments"."withdrawn_at" is not null)),
	CONSTRAINT "training_enrolments_completed_check" CHECK (("training_enrolments"."status" = 'COMPLETED') = ("training_enrolments"."completed_at" is not null and "training_enrolments"."completed_by" is not null))
);
--> statement-breakpoint
CREATE TABLE "training_module_skills" (
	"module_id" uuid NOT NULL,
	"skill_uri" text NOT NULL,
	"level" "skill_level" NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "training_module_skills_module_id_skill_uri_pk" PRIMARY KEY("module_id","skill_uri")
);
--> statement-breakpoint
CREATE TABLE "training_modules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"sportello_id" uuid NOT NULL,
	"title" text NOT NULL,
	"provider" text NOT NULL,
	"description" text NOT NULL,
	"hours" integer NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"mode" "training_mode" NOT NULL,
	"comune_code" text,
	"seats" integer NOT NULL,
	"status" "training_module_status" DEFAULT 'DRAFT' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_modules_period_check" CHECK ("training_modules"."ends_on" >= "training_modules"."starts_on"),
	CONSTRAINT "training_modules_hours_check" CHECK ("training_modules"."hours" >= 1),
	CONSTRAINT "training_modules_seats_check" CHECK ("training_modules"."seats" >= 1),
	CONSTRAINT "training_modules_place_check" CHECK (("training_modules"."mode" = 'IN_PERSON') = ("training_modules"."comune_code" is not null))
);
--> statement-breakpoint
ALTER TABLE "cv_skills" ADD COLUMN "training_module_id" uuid;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_module_id_training_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."training_modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_citizen_id_citizens_user_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_enrolled_by_users_id_fk" FOREIGN KEY ("enrolled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_completed_by_users_id_fk" FOREIGN KEY ("completed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_module_skills" ADD CONSTRAINT "training_module_skills_module_id_training_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."training_modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_module_skills" ADD CONSTRAINT "training_module_skills_skill_uri_esco_skills_uri_fk" FOREIGN KEY ("skill_uri") REFERENCES "public"."esco_skills"("uri") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_modules" ADD CONSTRAINT "training_modules_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_modules" ADD CONSTRAINT "training_modules_sportello_id_sportelli_id_fk" FOREIGN KEY ("sportello_id") REFERENCES "public"."sportelli"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_modules" ADD CONSTRAINT "training_modules_comune_code_comuni_istat_code_fk" FOREIGN KEY ("comune_code") REFERENCES "public"."comuni"("istat_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_modules" ADD CONSTRAINT "training_modules_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "training_enrolments_module_citizen_idx" ON "training_enrolments" USING btree ("module_id","citizen_id") WHERE "training_enrolments"."status" <> 'WITHDRAWN';--> statement-breakpoint
CREATE INDEX "training_enrolments_citizen_idx" ON "training_enrolments" USING btree ("citizen_id","enrolled_at");--> statement-breakpoint
CREATE INDEX "training_module_skills_skill_idx" ON "training_module_skills" USING btree ("skill_uri");--> statement-breakpoint
CREATE INDEX "training_modules_network_idx" ON "training_modules" USING btree ("network_id","status","starts_on");