CREATE TYPE "public"."attendance_status" AS ENUM('PRESENT', 'ABSENT', 'EXCUSED');--> statement-breakpoint
CREATE TYPE "public"."group_activity_kind" AS ENUM('JOB_CLUB', 'CV_WORKSHOP', 'INTERVIEW_SIMULATION', 'DIGITAL_SKILLS', 'GROUP_ORIENTATION');--> statement-breakpoint
CREATE TYPE "public"."group_activity_status" AS ENUM('DRAFT', 'PUBLISHED', 'CANCELLED', 'ENDED');--> statement-breakpoint
CREATE TYPE "public"."group_enrolment_status" AS ENUM('ENROLLED', 'WITHDRAWN');--> statement-breakpoint
CREATE TABLE "group_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"sportello_id" uuid NOT NULL,
	"kind" "group_activity_kind" NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"facilitator_operator_id" uuid,
	"facilitator_name" text,
	"capacity" integer NOT NULL,
	"status" "group_activity_status" DEFAULT 'DRAFT' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_activities_capacity_check" CHECK ("group_activities"."capacity" >= 1),
	CONSTRAINT "group_activities_facilitator_check" CHECK (("group_activities"."facilitator_operator_id" is null) <> ("group_activities"."facilitator_name" is null))
);
--> statement-breakpoint
CREATE TABLE "group_attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"network_id" uuid NOT NULL,
	"status" "attendance_status" NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "group_enrolments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"network_id" uuid NOT NULL,
	"citizen_id" uuid NOT NULL,
	"status" "group_enrolment_status" DEFAULT 'ENROLLED' NOT NULL,
	"enrolled_by" uuid NOT NULL,
	"enrolled_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "group_enrolments_withdrawn_check" CHECK (("group_enrolments"."status" = 'WITHDRAWN') = ("group_enrolments"."withdrawn_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "group_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"network_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"mode" "training_mode" NOT NULL,
	"comune_code" text,
	"address" text,
	"video_url" text,
	"topic" text NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_sessions_period_check" CHECK ("group_sessions"."ends_at" > "group_sessions"."starts_at"),
	CONSTRAINT "group_sessions_place_check" CHECK (case when "group_sessions"."mode" = 'IN_PERSON' then "group_sessions"."comune_code" is not null and "group_sessions"."address" is not null and "group_sessions"."video_url" is null else "group_sessions"."video_url" is not null and "group_sessions"."comune_code" is null and "group_sessions"."address" is null end)
);
--> statement-breakpoint
ALTER TABLE "group_activities" ADD CONSTRAINT "group_activities_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_activities" ADD CONSTRAINT "group_activities_sportello_id_sportelli_id_fk" FOREIGN KEY ("sportello_id") REFERENCES "public"."sportelli"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_activities" ADD CONSTRAINT "group_activities_facilitator_operator_id_users_id_fk" FOREIGN KEY ("facilitator_operator_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_activities" ADD CONSTRAINT "group_activities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_attendance" ADD CONSTRAINT "group_attendance_session_id_group_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."group_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_attendance" ADD CONSTRAINT "group_attendance_enrolment_id_group_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."group_enrolments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_attendance" ADD CONSTRAINT "group_attendance_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_attendance" ADD CONSTRAINT "group_attendance_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_enrolments" ADD CONSTRAINT "group_enrolments_activity_id_group_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."group_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_enrolments" ADD CONSTRAINT "group_enrolments_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_enrolments" ADD CONSTRAINT "group_enrolments_citizen_id_citizens_user_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_enrolments" ADD CONSTRAINT "group_enrolments_enrolled_by_users_id_fk" FOREIGN KEY ("enrolled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_sessions" ADD CONSTRAINT "group_sessions_activity_id_group_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."group_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_sessions" ADD CONSTRAINT "group_sessions_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_sessions" ADD CONSTRAINT "group_sessions_comune_code_comuni_istat_code_fk" FOREIGN KEY ("comune_code") REFERENCES "public"."comuni"("istat_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "group_activities_network_idx" ON "group_activities" USING btree ("network_id","status");--> statement-breakpoint
CREATE INDEX "group_attendance_session_idx" ON "group_attendance" USING btree ("session_id","enrolment_id","recorded_at");--> statement-breakpoint
CREATE INDEX "group_attendance_enrolment_idx" ON "group_attendance" USING btree ("enrolment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "group_enrolments_activity_citizen_idx" ON "group_enrolments" USING btree ("activity_id","citizen_id") WHERE "group_enrolments"."status" <> 'WITHDRAWN';--> statement-breakpoint
CREATE INDEX "group_enrolments_citizen_idx" ON "group_enrolments" USING btree ("citizen_id","enrolled_at");--> statement-breakpoint
CREATE INDEX "group_sessions_activity_idx" ON "group_sessions" USING btree ("activity_id","starts_at");--> statement-breakpoint
-- The attendance register is kept like a paper one: a correction is a new row, a row is never changed.
CREATE OR REPLACE FUNCTION group_attendance_no_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'group_attendance rows are never changed: record a correction instead';
END
$$;--> statement-breakpoint
CREATE TRIGGER group_attendance_no_update BEFORE UPDATE ON "group_attendance"
  FOR EACH ROW EXECUTE FUNCTION group_attendance_no_update();
