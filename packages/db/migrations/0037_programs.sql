CREATE TYPE "public"."program_outcome" AS ENUM('HIRED', 'TRAINING', 'NONE');--> statement-breakpoint
CREATE TYPE "public"."program_participation_status" AS ENUM('ACTIVE', 'INTERRUPTED', 'ENDED');--> statement-breakpoint
CREATE TABLE "program_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"call_id" uuid NOT NULL,
	"citizen_id" uuid NOT NULL,
	"isee_cents" bigint,
	"unemployed_since" date,
	"checks" jsonb NOT NULL,
	"submitted_by" uuid NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_applications_isee_check" CHECK ("program_applications"."isee_cents" is null or "program_applications"."isee_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "program_attendance" (
	"participation_id" uuid NOT NULL,
	"day" date NOT NULL,
	"hours" integer NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_attendance_participation_id_day_pk" PRIMARY KEY("participation_id","day"),
	CONSTRAINT "program_attendance_hours_check" CHECK ("program_attendance"."hours" between 0 and 12)
);
--> statement-breakpoint
CREATE TABLE "program_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"title" text NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"places" integer NOT NULL,
	"hourly_rate_cents" integer NOT NULL,
	"rules" jsonb NOT NULL,
	"ranking_criteria" jsonb NOT NULL,
	"ranking_published_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_calls_window_check" CHECK ("program_calls"."closes_on" >= "program_calls"."opens_on"),
	CONSTRAINT "program_calls_places_check" CHECK ("program_calls"."places" >= 1),
	CONSTRAINT "program_calls_rate_check" CHECK ("program_calls"."hourly_rate_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "program_participations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"call_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"citizen_id" uuid NOT NULL,
	"project_description" text NOT NULL,
	"place" text NOT NULL,
	"tutor" text NOT NULL,
	"weekly_hours" integer NOT NULL,
	"status" "program_participation_status" DEFAULT 'ACTIVE' NOT NULL,
	"interruption_reason" text,
	"outcome" "program_outcome",
	"admitted_by" uuid NOT NULL,
	"admitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "program_participations_hours_check" CHECK ("program_participations"."weekly_hours" between 1 and 40),
	CONSTRAINT "program_participations_closed_check" CHECK (("program_participations"."status" = 'ACTIVE') = ("program_participations"."closed_at" is null)
        and ("program_participations"."status" = 'INTERRUPTED') = ("program_participations"."interruption_reason" is not null)
        and ("program_participations"."status" = 'ENDED') = ("program_participations"."outcome" is not null))
);
--> statement-breakpoint
CREATE TABLE "program_ranking_rows" (
	"call_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"application_id" uuid NOT NULL,
	"score" integer NOT NULL,
	CONSTRAINT "program_ranking_rows_call_id_position_pk" PRIMARY KEY("call_id","position")
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"owner_comune_code" text,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"budget_cents" bigint NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programs_budget_check" CHECK ("programs"."budget_cents" >= 0)
);
--> statement-breakpoint
ALTER TABLE "program_applications" ADD CONSTRAINT "program_applications_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_applications" ADD CONSTRAINT "program_applications_call_id_program_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."program_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_applications" ADD CONSTRAINT "program_applications_citizen_id_citizens_user_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_applications" ADD CONSTRAINT "program_applications_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_attendance" ADD CONSTRAINT "program_attendance_participation_id_program_participations_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."program_participations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_attendance" ADD CONSTRAINT "program_attendance_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_calls" ADD CONSTRAINT "program_calls_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_calls" ADD CONSTRAINT "program_calls_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_calls" ADD CONSTRAINT "program_calls_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_participations" ADD CONSTRAINT "program_participations_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_participations" ADD CONSTRAINT "program_participations_call_id_program_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."program_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_participations" ADD CONSTRAINT "program_participations_application_id_program_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."program_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_participations" ADD CONSTRAINT "program_participations_citizen_id_citizens_user_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_participations" ADD CONSTRAINT "program_participations_admitted_by_users_id_fk" FOREIGN KEY ("admitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_ranking_rows" ADD CONSTRAINT "program_ranking_rows_call_id_program_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."program_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_ranking_rows" ADD CONSTRAINT "program_ranking_rows_application_id_program_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."program_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_owner_comune_code_comuni_istat_code_fk" FOREIGN KEY ("owner_comune_code") REFERENCES "public"."comuni"("istat_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "program_applications_call_citizen_idx" ON "program_applications" USING btree ("call_id","citizen_id");--> statement-breakpoint
CREATE INDEX "program_applications_citizen_idx" ON "program_applications" USING btree ("citizen_id");--> statement-breakpoint
CREATE INDEX "program_calls_network_idx" ON "program_calls" USING btree ("network_id","closes_on");--> statement-breakpoint
CREATE INDEX "program_calls_program_idx" ON "program_calls" USING btree ("program_id");--> statement-breakpoint
CREATE UNIQUE INDEX "program_participations_application_idx" ON "program_participations" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "program_participations_active_idx" ON "program_participations" USING btree ("citizen_id") WHERE "program_participations"."status" = 'ACTIVE';--> statement-breakpoint
CREATE INDEX "program_participations_call_idx" ON "program_participations" USING btree ("call_id");--> statement-breakpoint
CREATE UNIQUE INDEX "program_ranking_rows_application_idx" ON "program_ranking_rows" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "programs_network_idx" ON "programs" USING btree ("network_id","created_at");--> statement-breakpoint
CREATE FUNCTION "program_ranking_rows_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a published graduatoria cannot change';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "program_ranking_rows_frozen" BEFORE UPDATE ON "program_ranking_rows"
  FOR EACH ROW EXECUTE FUNCTION "program_ranking_rows_frozen"();
