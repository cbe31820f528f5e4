CREATE TABLE "merchant_messaging_settings" (
	"merchant_id" text PRIMARY KEY NOT NULL,
	"receipts_enabled" boolean DEFAULT true NOT NULL,
	"reminder_steps" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"confirmation_emails" text[] DEFAULT ARRAY[]::text[] NOT NULL,
	"digest_emails" text[] DEFAULT ARRAY[]::text[] NOT NULL,
	"max_messages_per_hour" integer DEFAULT 200 NOT NULL,
	"max_per_recipient_per_day" integer DEFAULT 10 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" text PRIMARY KEY NOT NULL,
	"merchant_id" text NOT NULL,
	"mode" text NOT NULL,
	"channel" text NOT NULL,
	"template" text NOT NULL,
	"recipient" text NOT NULL,
	"locale" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone,
	"last_attempt_at" timestamp with time zone,
	"message_id" text NOT NULL,
	"sent_at" timestamp with time zone,
	"error_class" text,
	"payment_request_id" text,
	"transaction_id" text,
	"reminder_step" integer,
	"dedupe_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "merchant_messaging_settings" ADD CONSTRAINT "merchant_messaging_settings_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_payment_request_id_payment_requests_id_fk" FOREIGN KEY ("payment_request_id") REFERENCES "public"."payment_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "messages_message_id_idx" ON "messages" USING btree ("message_id");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_reminder_idx" ON "messages" USING btree ("payment_request_id","reminder_step","channel") WHERE "messages"."reminder_step" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "messages_dedupe_idx" ON "messages" USING btree ("merchant_id","mode","dedupe_key") WHERE "messages"."dedupe_key" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "messages_due_idx" ON "messages" USING btree ("next_attempt_at") WHERE "messages"."status" = 'queued';--> statement-breakpoint
CREATE INDEX "messages_merchant_idx" ON "messages" USING btree ("merchant_id","created_at");--> statement-breakpoint
CREATE INDEX "messages_recipient_idx" ON "messages" USING btree ("merchant_id","recipient","created_at");--> statement-breakpoint
CREATE INDEX "messages_payment_request_idx" ON "messages" USING btree ("payment_request_id","created_at");