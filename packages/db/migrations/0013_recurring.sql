CREATE TABLE "installment_plans" (
	"id" text PRIMARY KEY NOT NULL,
	"merchant_id" text NOT NULL,
	"mode" text NOT NULL,
	"payment_request_id" text,
	"customer_id" text NOT NULL,
	"card_id" text NOT NULL,
	"test_clock_id" text,
	"status" text NOT NULL,
	"total_amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"count" integer NOT NULL,
	"interval" text NOT NULL,
	"initial_transaction_id" text,
	"merchant_reference" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "merchant_recurring_settings" (
	"merchant_id" text PRIMARY KEY NOT NULL,
	"retry_days" integer[] DEFAULT ARRAY[1,3,5]::integer[] NOT NULL,
	"after_retries" text DEFAULT 'cancel' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recurring_charges" (
	"id" text PRIMARY KEY NOT NULL,
	"merchant_id" text NOT NULL,
	"mode" text NOT NULL,
	"subscription_id" text,
	"installment_plan_id" text,
	"test_clock_id" text,
	"period" integer NOT NULL,
	"period_start" timestamp with time zone NOT NULL,
	"period_end" timestamp with time zone,
	"amount" bigint,
	"currency" text NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone,
	"last_transaction_id" text,
	"last_decline_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recurring_charges_one_owner" CHECK (("recurring_charges"."subscription_id" IS NULL) <> ("recurring_charges"."installment_plan_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "subscriptions" (
	"id" text PRIMARY KEY NOT NULL,
	"merchant_id" text NOT NULL,
	"mode" text NOT NULL,
	"customer_id" text NOT NULL,
	"card_id" text NOT NULL,
	"test_clock_id" text,
	"status" text NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"interval" text NOT NULL,
	"interval_count" integer NOT NULL,
	"billing_anchor" timestamp with time zone NOT NULL,
	"trial_end" timestamp with time zone,
	"current_period" integer,
	"current_period_start" timestamp with time zone,
	"current_period_end" timestamp with time zone,
	"end_after_cycles" integer,
	"end_at" timestamp with time zone,
	"cancel_at_period_end" boolean DEFAULT false NOT NULL,
	"initial_transaction_id" text,
	"merchant_reference" text,
	"description" text,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"canceled_at" timestamp with time zone,
	"paused_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "test_clocks" (
	"id" text PRIMARY KEY NOT NULL,
	"merchant_id" text NOT NULL,
	"mode" text NOT NULL,
	"name" text,
	"frozen_time" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "test_clock_id" text;--> statement-breakpoint
ALTER TABLE "payment_requests" ADD COLUMN "capture_delay_days" integer;--> statement-breakpoint
ALTER TABLE "payment_requests" ADD COLUMN "installments" jsonb;--> statement-breakpoint
ALTER TABLE "payment_requests" ADD COLUMN "installment_plan_id" text;--> statement-breakpoint
ALTER TABLE "payment_requests" ADD COLUMN "subscription_id" text;--> statement-breakpoint
ALTER TABLE "transactions" ADD COLUMN "subscription_id" text;--> statement-breakpoint
ALTER TABLE "transactions" ADD COLUMN "installment_plan_id" text;--> statement-breakpoint
ALTER TABLE "transactions" ADD COLUMN "billing_period" integer;--> statement-breakpoint
ALTER TABLE "transactions" ADD COLUMN "recurring_attempt_key" text;--> statement-breakpoint
ALTER TABLE "transactions" ADD COLUMN "initial_transaction_id" text;--> statement-breakpoint
ALTER TABLE "transactions" ADD COLUMN "auto_capture_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "installment_plans" ADD CONSTRAINT "installment_plans_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "installment_plans" ADD CONSTRAINT "installment_plans_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "installment_plans" ADD CONSTRAINT "installment_plans_card_id_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."cards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "merchant_recurring_settings" ADD CONSTRAINT "merchant_recurring_settings_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recurring_charges" ADD CONSTRAINT "recurring_charges_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recurring_charges" ADD CONSTRAINT "recurring_charges_subscription_id_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."subscriptions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recurring_charges" ADD CONSTRAINT "recurring_charges_installment_plan_id_installment_plans_id_fk" FOREIGN KEY ("installment_plan_id") REFERENCES "public"."installment_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_card_id_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."cards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_clocks" ADD CONSTRAINT "test_clocks_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "installment_plans_merchant_idx" ON "installment_plans" USING btree ("merchant_id","mode","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "recurring_charges_subscription_period_idx" ON "recurring_charges" USING btree ("subscription_id","period");--> statement-breakpoint
CREATE UNIQUE INDEX "recurring_charges_plan_period_idx" ON "recurring_charges" USING btree ("installment_plan_id","period");--> statement-breakpoint
CREATE INDEX "recurring_charges_due_idx" ON "recurring_charges" USING btree ("next_attempt_at") WHERE "recurring_charges"."status" IN ('scheduled', 'retrying');--> statement-breakpoint
CREATE INDEX "subscriptions_merchant_idx" ON "subscriptions" USING btree ("merchant_id","mode","created_at");--> statement-breakpoint
CREATE INDEX "subscriptions_customer_idx" ON "subscriptions" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "test_clocks_merchant_idx" ON "test_clocks" USING btree ("merchant_id","mode","created_at");--> statement-breakpoint
CREATE INDEX "transactions_subscription_idx" ON "transactions" USING btree ("subscription_id","created_at");--> statement-breakpoint
CREATE INDEX "transactions_installment_plan_idx" ON "transactions" USING btree ("installment_plan_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "transactions_recurring_attempt_idx" ON "transactions" USING btree ("recurring_attempt_key");--> statement-breakpoint
CREATE INDEX "transactions_auto_capture_idx" ON "transactions" USING btree ("auto_capture_at") WHERE "transactions"."status" = 'authorized';