CREATE TYPE "public"."contract_class" AS ENUM('PERMANENT', 'FIXED_TERM_LONG', 'FIXED_TERM_SHORT');--> statement-breakpoint
CREATE TYPE "public"."follow_up_source" AS ENUM('COMPANY', 'CITIZEN', 'OPERATOR');--> statement-breakpoint
CREATE TYPE "public"."outcome_kind" AS ENUM('HIRE', 'INTERNSHIP_HIRE');--> statement-breakpoint
CREATE TYPE "public"."outcome_target_group" AS ENUM('LAW_68_DISABILITY', 'ECONOMIC_HARDSHIP', 'OVER_45', 'YOUNG_UNEMPLOYED');--> statement-breakpoint
CREATE TYPE "public"."statement_line_kind" AS ENUM('CHARGE', 'CREDIT');--> statement-breakpoint
CREATE TABLE "contract_tariffs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"outcome_kind" "outcome_kind" NOT NULL,
	"contract_class" "contract_class" NOT NULL,
	"target_group" "outcome_target_group",
	"amount_cents" integer NOT NULL,
	CONSTRAINT "contract_tariffs_rule_idx" UNIQUE NULLS NOT DISTINCT("contract_id","outcome_kind","contract_class","target_group"),
	CONSTRAINT "contract_tariffs_amount_check" CHECK ("contract_tariffs"."amount_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "funding_contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"name" text NOT NULL,
	"comune_code" text,
	"sportello_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"cap_cents" integer NOT NULL,
	"min_duration_months" integer NOT NULL,
	"retention_days" integer NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "funding_contracts_period_check" CHECK ("funding_contracts"."ends_on" >= "funding_contracts"."starts_on"),
	CONSTRAINT "funding_contracts_cap_check" CHECK ("funding_contracts"."cap_cents" >= 0),
	CONSTRAINT "funding_contracts_retention_check" CHECK ("funding_contracts"."retention_days" in (30, 90, 180)),
	CONSTRAINT "funding_contracts_duration_check" CHECK ("funding_contracts"."min_duration_months" between 0 and 120)
);
--> statement-breakpoint
CREATE TABLE "outcome_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"outcome_id" uuid NOT NULL,
	"checkpoint_days" integer NOT NULL,
	"still_employed" boolean NOT NULL,
	"confirmed_via" "follow_up_source" NOT NULL,
	"confirmed_by" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outcome_follow_ups_checkpoint_check" CHECK ("outcome_follow_ups"."checkpoint_days" in (30, 90, 180))
);
--> statement-breakpoint
CREATE TABLE "outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"placement_id" uuid NOT NULL,
	"citizen_id" uuid NOT NULL,
	"company_id" uuid,
	"sportello_id" uuid NOT NULL,
	"comune_code" text NOT NULL,
	"kind" "outcome_kind" NOT NULL,
	"contract_type" "contract_type" NOT NULL,
	"contract_class" "contract_class" NOT NULL,
	"duration_months" integer,
	"starts_on" date NOT NULL,
	"target_groups" "outcome_target_group"[] NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outcomes_reference_unique" UNIQUE("reference"),
	CONSTRAINT "outcomes_placementId_unique" UNIQUE("placement_id")
);
--> statement-breakpoint
CREATE TABLE "statement_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"statement_id" uuid NOT NULL,
	"outcome_id" uuid NOT NULL,
	"kind" "statement_line_kind" NOT NULL,
	"outcome_kind" "outcome_kind" NOT NULL,
	"contract_class" "contract_class" NOT NULL,
	"target_group" "outcome_target_group",
	"tariff_cents" integer NOT NULL,
	"amount_cents" integer NOT NULL,
	CONSTRAINT "statement_lines_sign_check" CHECK (("statement_lines"."kind" = 'CHARGE' and "statement_lines"."amount_cents" >= 0) or ("statement_lines"."kind" = 'CREDIT' and "statement_lines"."amount_cents" <= 0))
);
--> statement-breakpoint
CREATE TABLE "statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"contract_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"period_starts_on" date NOT NULL,
	"period_ends_on" date NOT NULL,
	"charged_cents" integer NOT NULL,
	"credited_cents" integer NOT NULL,
	"total_cents" integer NOT NULL,
	"issued_by" uuid NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "statements_period_check" CHECK ("statements"."period_ends_on" >= "statements"."period_starts_on"),
	CONSTRAINT "statements_total_check" CHECK ("statements"."total_cents" = "statements"."charged_cents" - "statements"."credited_cents")
);
--> statement-breakpoint
ALTER TABLE "contract_tariffs" ADD CONSTRAINT "contract_tariffs_contract_id_funding_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."funding_contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_contracts" ADD CONSTRAINT "funding_contracts_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_contracts" ADD CONSTRAINT "funding_contracts_comune_code_comuni_istat_code_fk" FOREIGN KEY ("comune_code") REFERENCES "public"."comuni"("istat_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_contracts" ADD CONSTRAINT "funding_contracts_sportello_id_sportelli_id_fk" FOREIGN KEY ("sportello_id") REFERENCES "public"."sportelli"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_contracts" ADD CONSTRAINT "funding_contracts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_follow_ups" ADD CONSTRAINT "outcome_follow_ups_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_follow_ups" ADD CONSTRAINT "outcome_follow_ups_outcome_id_outcomes_id_fk" FOREIGN KEY ("outcome_id") REFERENCES "public"."outcomes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_follow_ups" ADD CONSTRAINT "outcome_follow_ups_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_placement_id_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."placements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_citizen_id_citizens_user_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_sportello_id_sportelli_id_fk" FOREIGN KEY ("sportello_id") REFERENCES "public"."sportelli"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_comune_code_comuni_istat_code_fk" FOREIGN KEY ("comune_code") REFERENCES "public"."comuni"("istat_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_lines" ADD CONSTRAINT "statement_lines_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_lines" ADD CONSTRAINT "statement_lines_statement_id_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_lines" ADD CONSTRAINT "statement_lines_outcome_id_outcomes_id_fk" FOREIGN KEY ("outcome_id") REFERENCES "public"."outcomes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_contract_id_funding_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."funding_contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "funding_contracts_network_idx" ON "funding_contracts" USING btree ("network_id");--> statement-breakpoint
CREATE INDEX "outcome_follow_ups_outcome_idx" ON "outcome_follow_ups" USING btree ("outcome_id","checkpoint_days","at");--> statement-breakpoint
CREATE INDEX "outcomes_network_idx" ON "outcomes" USING btree ("network_id","starts_on");--> statement-breakpoint
CREATE INDEX "outcomes_company_idx" ON "outcomes" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "outcomes_citizen_idx" ON "outcomes" USING btree ("citizen_id");--> statement-breakpoint
CREATE INDEX "statement_lines_statement_idx" ON "statement_lines" USING btree ("statement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "statement_lines_charge_idx" ON "statement_lines" USING btree ("outcome_id") WHERE "statement_lines"."kind" = 'CHARGE';--> statement-breakpoint
CREATE UNIQUE INDEX "statement_lines_credit_idx" ON "statement_lines" USING btree ("outcome_id") WHERE "statement_lines"."kind" = 'CREDIT';--> statement-breakpoint
CREATE UNIQUE INDEX "statements_contract_number_idx" ON "statements" USING btree ("contract_id","number");--> statement-breakpoint
-- The outcome ledger and issued statements are evidence for payments: rows are only ever added.
CREATE OR REPLACE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END
$$;--> statement-breakpoint
CREATE TRIGGER outcomes_append_only BEFORE UPDATE OR DELETE ON "outcomes"
  FOR EACH ROW EXECUTE FUNCTION ledger_append_only();--> statement-breakpoint
CREATE TRIGGER outcome_follow_ups_append_only BEFORE UPDATE OR DELETE ON "outcome_follow_ups"
  FOR EACH ROW EXECUTE FUNCTION ledger_append_only();--> statement-breakpoint
CREATE TRIGGER statements_append_only BEFORE UPDATE OR DELETE ON "statements"
  FOR EACH ROW EXECUTE FUNCTION ledger_append_only();--> statement-breakpoint
CREATE TRIGGER statement_lines_append_only BEFORE UPDATE OR DELETE ON "statement_lines"
  FOR EACH ROW EXECUTE FUNCTION ledger_append_only();--> statement-breakpoint
-- TRUNCATE skips row triggers.
CREATE TRIGGER outcomes_no_truncate BEFORE TRUNCATE ON "outcomes"
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();--> statement-breakpoint
CREATE TRIGGER outcome_follow_ups_no_truncate BEFORE TRUNCATE ON "outcome_follow_ups"
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();--> statement-breakpoint
CREATE TRIGGER statements_no_truncate BEFORE TRUNCATE ON "statements"
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();--> statement-breakpoint
CREATE TRIGGER statement_lines_no_truncate BEFORE TRUNCATE ON "statement_lines"
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();
