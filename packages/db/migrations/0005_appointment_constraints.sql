-- No double booking, enforced where concurrency cannot slip past it.
-- An operator's open slots never overlap.
ALTER TABLE "appointment_slots" ADD CONSTRAINT "appointment_slots_operator_no_overlap"
  EXCLUDE USING gist ("operator_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&)
  WHERE ("cancelled_at" IS NULL);--> statement-breakpoint
-- One live booking per slot.
CREATE UNIQUE INDEX "bookings_slot_live_idx" ON "bookings" ("slot_id") WHERE "status" <> 'CANCELLED';--> statement-breakpoint
-- A person is never in two booked colloqui at overlapping times.
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_citizen_no_overlap"
  EXCLUDE USING gist ("citizen_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&)
  WHERE ("status" = 'BOOKED' AND "citizen_id" IS NOT NULL);--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_company_no_overlap"
  EXCLUDE USING gist ("company_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&)
  WHERE ("status" = 'BOOKED' AND "company_id" IS NOT NULL);
