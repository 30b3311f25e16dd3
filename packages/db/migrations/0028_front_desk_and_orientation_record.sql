CREATE TYPE "public"."orientation_purpose" AS ENUM('ORIENTATION_INTERVIEW', 'SKILLS_ASSESSMENT');--> statement-breakpoint
CREATE TYPE "public"."contact_channel" AS ENUM('DESK', 'PHONE', 'EMAIL', 'VIDEO');--> statement-breakpoint
CREATE TYPE "public"."contact_outcome" AS ENUM('INFORMATION_GIVEN', 'APPOINTMENT_BOOKED', 'REGISTERED', 'TAKEN_IN_CHARGE');--> statement-breakpoint
CREATE TYPE "public"."contact_topic" AS ENUM('INFORMATION', 'CV_HELP', 'ORIENTATION', 'COMPANY', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."transport_means" AS ENUM('OWN_CAR', 'PUBLIC_TRANSPORT', 'NONE');--> statement-breakpoint
CREATE TABLE "front_desk_contact_corrections" (
	"contact_id" uuid PRIMARY KEY NOT NULL,
	"marked_by" uuid NOT NULL,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "front_desk_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"sportello_id" uuid NOT NULL,
	"recorded_by" uuid NOT NULL,
	"contacted_on" date NOT NULL,
	"channel" "contact_channel" NOT NULL,
	"topic" "contact_topic" NOT NULL,
	"comune_code" text NOT NULL,
	"outcome" "contact_outcome" NOT NULL,
	"note" text,
	"citizen_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "front_desk_contacts_anonymous_no_note_check" CHECK ("front_desk_contacts"."citizen_id" is not null or "front_desk_contacts"."note" is null)
);
--> statement-breakpoint
CREATE TABLE "orientation_record_occupations" (
	"record_id" uuid NOT NULL,
	"occupation_uri" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "orientation_record_occupations_record_id_occupation_uri_pk" PRIMARY KEY("record_id","occupation_uri")
);
--> statement-breakpoint
CREATE TABLE "orientation_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"citizen_id" uuid NOT NULL,
	"sportello_id" uuid NOT NULL,
	"written_by" uuid NOT NULL,
	"kind" "orientation_purpose" NOT NULL,
	"booking_id" uuid,
	"held_on" date NOT NULL,
	"interests" text NOT NULL,
	"strengths" text NOT NULL,
	"hours_per_week" integer,
	"transport" "transport_means" NOT NULL,
	"care_duties" boolean NOT NULL,
	"care_duties_note" text,
	"summary" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "orientation_records_care_note_check" CHECK ("orientation_records"."care_duties" or "orientation_records"."care_duties_note" is null),
	CONSTRAINT "orientation_records_hours_check" CHECK ("orientation_records"."hours_per_week" is null or "orientation_records"."hours_per_week" between 1 and 60)
);
--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "purpose" "orientation_purpose";--> statement-breakpoint
ALTER TABLE "front_desk_contact_corrections" ADD CONSTRAINT "front_desk_contact_corrections_contact_id_front_desk_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."front_desk_contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "front_desk_contact_corrections" ADD CONSTRAINT "front_desk_contact_corrections_marked_by_users_id_fk" FOREIGN KEY ("marked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "front_desk_contacts" ADD CONSTRAINT "front_desk_contacts_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "front_desk_contacts" ADD CONSTRAINT "front_desk_contacts_sportello_id_sportelli_id_fk" FOREIGN KEY ("sportello_id") REFERENCES "public"."sportelli"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "front_desk_contacts" ADD CONSTRAINT "front_desk_contacts_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "front_desk_contacts" ADD CONSTRAINT "front_desk_contacts_comune_code_comuni_istat_code_fk" FOREIGN KEY ("comune_code") REFERENCES "public"."comuni"("istat_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "front_desk_contacts" ADD CONSTRAINT "front_desk_contacts_citizen_id_citizens_user_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("user_id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientation_record_occupations" ADD CONSTRAINT "orientation_record_occupations_record_id_orientation_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."orientation_records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientation_record_occupations" ADD CONSTRAINT "orientation_record_occupations_occupation_uri_esco_occupations_uri_fk" FOREIGN KEY ("occupation_uri") REFERENCES "public"."esco_occupations"("uri") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientation_records" ADD CONSTRAINT "orientation_records_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientation_records" ADD CONSTRAINT "orientation_records_citizen_id_citizens_user_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientation_records" ADD CONSTRAINT "orientation_records_sportello_id_sportelli_id_fk" FOREIGN KEY ("sportello_id") REFERENCES "public"."sportelli"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientation_records" ADD CONSTRAINT "orientation_records_written_by_users_id_fk" FOREIGN KEY ("written_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientation_records" ADD CONSTRAINT "orientation_records_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "front_desk_contacts_sportello_day_idx" ON "front_desk_contacts" USING btree ("sportello_id","contacted_on");--> statement-breakpoint
CREATE INDEX "front_desk_contacts_network_day_idx" ON "front_desk_contacts" USING btree ("network_id","contacted_on");--> statement-breakpoint
CREATE INDEX "orientation_records_citizen_idx" ON "orientation_records" USING btree ("citizen_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "orientation_records_booking_idx" ON "orientation_records" USING btree ("booking_id");