CREATE TABLE "api_client_operations" (
	"api_client_id" uuid NOT NULL,
	"hash" text NOT NULL,
	"operation_name" text,
	"document" text NOT NULL,
	"registered_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "api_client_operations_api_client_id_hash_pk" PRIMARY KEY("api_client_id","hash")
);
--> statement-breakpoint
ALTER TABLE "patto_actions" ADD COLUMN "overdue_announced_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "api_clients" ADD COLUMN "persisted_only" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "api_client_operations" ADD CONSTRAINT "api_client_operations_api_client_id_api_clients_id_fk" FOREIGN KEY ("api_client_id") REFERENCES "public"."api_clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_client_operations" ADD CONSTRAINT "api_client_operations_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_client_operations_hash_idx" ON "api_client_operations" USING btree ("hash");