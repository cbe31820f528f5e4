ALTER TABLE "card_tokens" ALTER COLUMN "pan_sealed" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "card_tokens" ALTER COLUMN "pan_kek_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "card_tokens" ADD COLUMN "pan_destroyed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cards" ADD COLUMN "consent_obtained_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cards" ADD COLUMN "consent_method" text;--> statement-breakpoint
ALTER TABLE "cards" ADD COLUMN "initial_transaction_id" text;--> statement-breakpoint
ALTER TABLE "payment_requests" ADD COLUMN "card_consent_at" timestamp with time zone;