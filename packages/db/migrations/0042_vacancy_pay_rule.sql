ALTER TABLE "networks" ADD COLUMN "vacancy_pay_required" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "vacancies" ADD COLUMN "collective_agreement" text;--> statement-breakpoint
ALTER TABLE "vacancies" ADD COLUMN "agreement_level" text;--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_agreement_check" CHECK (("vacancies"."collective_agreement" is null) = ("vacancies"."agreement_level" is null));