CREATE TYPE "public"."outplacement_reason" AS ENUM('COMPANY_CRISIS', 'SITE_CLOSURE', 'COLLECTIVE_DISMISSAL');--> statement-breakpoint
CREATE TYPE "public"."outplacement_worker_status" AS ENUM('IN_CHARGE', 'IN_TRAINING', 'RELOCATED', 'SELF_EMPLOYED', 'NO_OUTCOME', 'WITHDRAWN');--> statement-breakpoint
CREATE TABLE "outplacement_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"sportello_id" uuid NOT NULL,
	"company_id" uuid,
	"company_name" text NOT NULL,
	"partita_iva" text NOT NULL,
	"comune_code" text NOT NULL,
	"reason" "outplacement_reason" NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"taken_in_charge_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outplacement_projects_dates_check" CHECK ("outplacement_projects"."ends_on" is null or "outplacement_projects"."ends_on" >= "outplacement_projects"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "outplacement_worker_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"status" "outplacement_worker_status" NOT NULL,
	"status_on" date NOT NULL,
	"note" text,
	"placement_id" uuid,
	"by_user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outplacement_worker_events_placement_check" CHECK ("outplacement_worker_events"."placement_id" is null or "outplacement_worker_events"."status" = 'RELOCATED')
);
--> statement-breakpoint
CREATE TABLE "outplacement_workers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"citizen_id" uuid NOT NULL,
	"case_id" uuid,
	"added_by" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "outplacement_projects" ADD CONSTRAINT "outplacement_projects_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outplacement_projects" ADD CONSTRAINT "outplacement_projects_sportello_id_sportelli_id_fk" FOREIGN KEY ("sportello_id") REFERENCES "public"."sportelli"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outplacement_projects" ADD CONSTRAINT "outplacement_projects_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outplacement_projects" ADD CONSTRAINT "outplacement_projects_comune_code_comuni_istat_code_fk" FOREIGN KEY ("comune_code") REFERENCES "public"."comuni"("istat_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outplacement_projects" ADD CONSTRAINT "outplacement_projects_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outplacement_worker_events" ADD CONSTRAINT "outplacement_worker_events_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outplacement_worker_events" ADD CONSTRAINT "outplacement_worker_events_worker_id_outplacement_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."outplacement_workers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outplacement_worker_events" ADD CONSTRAINT "outplacement_worker_events_placement_id_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."placements"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outplacement_worker_events" ADD CONSTRAINT "outplacement_worker_events_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outplacement_workers" ADD CONSTRAINT "outplacement_workers_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outplacement_workers" ADD CONSTRAINT "outplacement_workers_project_id_outplacement_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."outplacement_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outplacement_workers" ADD CONSTRAINT "outplacement_workers_citizen_id_citizens_user_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outplacement_workers" ADD CONSTRAINT "outplacement_workers_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outplacement_workers" ADD CONSTRAINT "outplacement_workers_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outplacement_projects_network_idx" ON "outplacement_projects" USING btree ("network_id","created_at");--> statement-breakpoint
CREATE INDEX "outplacement_worker_events_worker_idx" ON "outplacement_worker_events" USING btree ("worker_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "outplacement_workers_project_citizen_idx" ON "outplacement_workers" USING btree ("project_id","citizen_id");--> statement-breakpoint
CREATE INDEX "outplacement_workers_citizen_idx" ON "outplacement_workers" USING btree ("citizen_id");