CREATE TABLE "card_attempt_counters" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "card_attempt_counters_key_window_start_pk" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
CREATE TABLE "merchant_alerts" (
	"id" text PRIMARY KEY NOT NULL,
	"merchant_id" text NOT NULL,
	"mode" text NOT NULL,
	"kind" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"window_end" timestamp with time zone NOT NULL,
	"details" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "spent_challenge_solutions" (
	"signature" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "merchant_alerts" ADD CONSTRAINT "merchant_alerts_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "card_attempt_counters_expires_idx" ON "card_attempt_counters" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "merchant_alerts_window_idx" ON "merchant_alerts" USING btree ("merchant_id","mode","kind","window_start");--> statement-breakpoint
CREATE INDEX "merchant_alerts_merchant_idx" ON "merchant_alerts" USING btree ("merchant_id","mode","created_at");--> statement-breakpoint
CREATE INDEX "spent_challenge_solutions_expires_idx" ON "spent_challenge_solutions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "transactions_created_idx" ON "transactions" USING btree ("created_at");