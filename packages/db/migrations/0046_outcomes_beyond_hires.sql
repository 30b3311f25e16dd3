ALTER TYPE "public"."outcome_kind" ADD VALUE 'INTERNSHIP_COMPLETED';--> statement-breakpoint
ALTER TYPE "public"."outcome_kind" ADD VALUE 'PROGRAM_HIRE';--> statement-breakpoint
ALTER TYPE "public"."outcome_kind" ADD VALUE 'PROGRAM_TRAINING';--> statement-breakpoint
ALTER TYPE "public"."outcome_kind" ADD VALUE 'PROGRAM_COMPLETED';--> statement-breakpoint
ALTER TYPE "public"."outcome_kind" ADD VALUE 'BUSINESS_STARTED';--> statement-breakpoint
ALTER TABLE "contract_tariffs" ALTER COLUMN "contract_class" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "outcomes" ALTER COLUMN "placement_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "outcomes" ALTER COLUMN "contract_type" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "outcomes" ALTER COLUMN "contract_class" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "statement_lines" ALTER COLUMN "contract_class" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "outcomes" ADD COLUMN "internship_id" uuid;--> statement-breakpoint
ALTER TABLE "outcomes" ADD COLUMN "participation_id" uuid;--> statement-breakpoint
ALTER TABLE "outcomes" ADD COLUMN "business_idea_id" uuid;--> statement-breakpoint
ALTER TABLE "outcomes" ADD COLUMN "employer_name" text;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_internship_id_internships_id_fk" FOREIGN KEY ("internship_id") REFERENCES "public"."internships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_participation_id_program_participations_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."program_participations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_business_idea_id_business_ideas_id_fk" FOREIGN KEY ("business_idea_id") REFERENCES "public"."business_ideas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_internshipId_unique" UNIQUE("internship_id");--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_participationId_unique" UNIQUE("participation_id");--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_businessIdeaId_unique" UNIQUE("business_idea_id");--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_one_source_check" CHECK (num_nonnulls("outcomes"."placement_id", "outcomes"."internship_id", "outcomes"."participation_id", "outcomes"."business_idea_id") = 1);--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_contract_check" CHECK (("outcomes"."contract_type" is null) = ("outcomes"."contract_class" is null));--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_placement_contract_check" CHECK ("outcomes"."placement_id" is null or "outcomes"."contract_type" is not null);--> statement-breakpoint
-- The employer of the hires already in the ledger, written once here while the append-only guard is off.
ALTER TABLE "outcomes" DISABLE TRIGGER "outcomes_append_only";--> statement-breakpoint
UPDATE "outcomes" SET "employer_name" = p."employer_name" FROM "placements" p WHERE p."id" = "outcomes"."placement_id";--> statement-breakpoint
ALTER TABLE "outcomes" ENABLE TRIGGER "outcomes_append_only";
