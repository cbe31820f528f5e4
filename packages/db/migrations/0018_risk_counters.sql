ALTER TABLE "card_attempt_counters" ALTER COLUMN "count" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "merchant_settings" ADD COLUMN "risk_review_score" integer;--> statement-breakpoint
ALTER TABLE "merchant_settings" ADD COLUMN "risk_block_score" integer;--> statement-breakpoint
ALTER TABLE "risk_assessments" ADD COLUMN "on_failure" jsonb;--> statement-breakpoint
CREATE INDEX "risk_assessments_created_idx" ON "risk_assessments" USING btree ("created_at");