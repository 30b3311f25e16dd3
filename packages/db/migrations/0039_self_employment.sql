CREATE TYPE "public"."microcredit_referral_status" AS ENUM('SENT', 'IN_ASSESSMENT', 'GRANTED', 'REFUSED');--> statement-breakpoint
CREATE TABLE "business_ideas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"citizen_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"ateco_code" text NOT NULL,
	"comune_code" text NOT NULL,
	"needs" text NOT NULL,
	"checklist_done" text[] DEFAULT '{}'::text[] NOT NULL,
	"business_started_on" date,
	"partita_iva" text,
	"submitted_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "business_ideas_started_check" CHECK (("business_ideas"."business_started_on" is null) = ("business_ideas"."partita_iva" is null))
);
--> statement-breakpoint
CREATE TABLE "microcredit_partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"name" text NOT NULL,
	"contact_email" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "microcredit_referral_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"referral_id" uuid NOT NULL,
	"status" "microcredit_referral_status" NOT NULL,
	"granted_amount_cents" bigint,
	"note" text,
	"by_user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "microcredit_referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"idea_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"status" "microcredit_referral_status" DEFAULT 'SENT' NOT NULL,
	"granted_amount_cents" bigint,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "microcredit_referrals_amount_check" CHECK (("microcredit_referrals"."status" = 'GRANTED') = ("microcredit_referrals"."granted_amount_cents" is not null) and coalesce("microcredit_referrals"."granted_amount_cents", 1) > 0)
);
--> statement-breakpoint
ALTER TABLE "business_ideas" ADD CONSTRAINT "business_ideas_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_ideas" ADD CONSTRAINT "business_ideas_citizen_id_citizens_user_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_ideas" ADD CONSTRAINT "business_ideas_ateco_code_ateco_code_fk" FOREIGN KEY ("ateco_code") REFERENCES "public"."ateco"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_ideas" ADD CONSTRAINT "business_ideas_comune_code_comuni_istat_code_fk" FOREIGN KEY ("comune_code") REFERENCES "public"."comuni"("istat_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_ideas" ADD CONSTRAINT "business_ideas_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "microcredit_partners" ADD CONSTRAINT "microcredit_partners_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "microcredit_partners" ADD CONSTRAINT "microcredit_partners_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "microcredit_referral_events" ADD CONSTRAINT "microcredit_referral_events_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "microcredit_referral_events" ADD CONSTRAINT "microcredit_referral_events_referral_id_microcredit_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."microcredit_referrals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "microcredit_referral_events" ADD CONSTRAINT "microcredit_referral_events_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "microcredit_referrals" ADD CONSTRAINT "microcredit_referrals_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "microcredit_referrals" ADD CONSTRAINT "microcredit_referrals_idea_id_business_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."business_ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "microcredit_referrals" ADD CONSTRAINT "microcredit_referrals_partner_id_microcredit_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."microcredit_partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "microcredit_referrals" ADD CONSTRAINT "microcredit_referrals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "business_ideas_network_idx" ON "business_ideas" USING btree ("network_id","created_at");--> statement-breakpoint
CREATE INDEX "business_ideas_citizen_idx" ON "business_ideas" USING btree ("citizen_id");--> statement-breakpoint
CREATE INDEX "microcredit_partners_network_idx" ON "microcredit_partners" USING btree ("network_id","name");--> statement-breakpoint
CREATE INDEX "microcredit_referral_events_referral_idx" ON "microcredit_referral_events" USING btree ("referral_id","at");--> statement-breakpoint
CREATE INDEX "microcredit_referrals_idea_idx" ON "microcredit_referrals" USING btree ("idea_id");