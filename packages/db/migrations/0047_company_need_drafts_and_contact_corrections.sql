CREATE TABLE "company_contact_corrections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contact_id" uuid NOT NULL,
	"network_id" uuid NOT NULL,
	"corrected_by" uuid NOT NULL,
	"reason" text,
	"previous" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "company_need_vacancies" ADD COLUMN "drafted_from_need" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "company_contact_corrections" ADD CONSTRAINT "company_contact_corrections_contact_id_company_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."company_contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_contact_corrections" ADD CONSTRAINT "company_contact_corrections_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_contact_corrections" ADD CONSTRAINT "company_contact_corrections_corrected_by_users_id_fk" FOREIGN KEY ("corrected_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "company_contact_corrections_contact_idx" ON "company_contact_corrections" USING btree ("contact_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "company_need_vacancies_drafted_idx" ON "company_need_vacancies" USING btree ("need_id") WHERE "company_need_vacancies"."drafted_from_need";