CREATE TABLE "card_bins" (
	"prefix" text PRIMARY KEY NOT NULL,
	"country" text,
	"brand" text,
	"funding" text,
	"issuer" text,
	"source" text DEFAULT 'simulated' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_assessments" (
	"id" text PRIMARY KEY NOT NULL,
	"merchant_id" text NOT NULL,
	"mode" text NOT NULL,
	"transaction_id" text NOT NULL,
	"stage" text NOT NULL,
	"score" integer NOT NULL,
	"outcome" text NOT NULL,
	"rules" jsonb NOT NULL,
	"signals" jsonb NOT NULL,
	"fingerprint" text NOT NULL,
	"bin" text NOT NULL,
	"last4" text NOT NULL,
	"ip" text,
	"email" text,
	"customer_id" text,
	"device_session" text,
	"payment_request_id" text,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_rules" (
	"id" text PRIMARY KEY NOT NULL,
	"merchant_id" text NOT NULL,
	"mode" text NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"definition" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "card_tokens" ADD COLUMN "client_ip" text;--> statement-breakpoint
ALTER TABLE "transactions" ADD COLUMN "review_status" text;--> statement-breakpoint
ALTER TABLE "transactions" ADD COLUMN "review_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "risk_assessments" ADD CONSTRAINT "risk_assessments_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_rules" ADD CONSTRAINT "risk_rules_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "risk_assessments_merchant_idx" ON "risk_assessments" USING btree ("merchant_id","mode","created_at");--> statement-breakpoint
CREATE INDEX "risk_assessments_card_idx" ON "risk_assessments" USING btree ("merchant_id","mode","fingerprint","created_at");--> statement-breakpoint
CREATE INDEX "risk_assessments_ip_idx" ON "risk_assessments" USING btree ("merchant_id","mode","ip","created_at");--> statement-breakpoint
CREATE INDEX "risk_assessments_email_idx" ON "risk_assessments" USING btree ("merchant_id","mode","email","created_at");--> statement-breakpoint
CREATE INDEX "risk_assessments_customer_idx" ON "risk_assessments" USING btree ("merchant_id","mode","customer_id","created_at");--> statement-breakpoint
CREATE INDEX "risk_assessments_device_idx" ON "risk_assessments" USING btree ("merchant_id","mode","device_session","created_at");--> statement-breakpoint
CREATE INDEX "risk_assessments_transaction_idx" ON "risk_assessments" USING btree ("transaction_id");--> statement-breakpoint
CREATE INDEX "risk_rules_merchant_idx" ON "risk_rules" USING btree ("merchant_id","mode","position");--> statement-breakpoint
CREATE INDEX "transactions_open_review_idx" ON "transactions" USING btree ("review_expires_at") WHERE "transactions"."review_status" = 'open';
--> statement-breakpoint
-- The simulated BIN table (packages/core/src/risk/simulated-card-bins.ts, docs/test-cards.md).
INSERT INTO "card_bins" ("prefix", "country", "brand", "funding", "issuer", "source") VALUES
  ('424242', 'US', 'visa', 'credit', 'Jeton Test Bank', 'simulated'),
  ('400000', 'US', 'visa', 'credit', 'Jeton Test Bank', 'simulated'),
  ('555555', 'US', 'mastercard', 'credit', 'Jeton Test Bank', 'simulated'),
  ('378282', 'US', 'amex', 'credit', 'Jeton Test Bank', 'simulated'),
  ('52008282', 'US', 'mastercard', 'debit', 'Jeton Test Bank', 'simulated'),
  ('51051051', 'US', 'mastercard', 'prepaid', 'Jeton Test Bank', 'simulated'),
  ('40000025', 'FR', 'visa', 'credit', 'Banque d''Essai', 'simulated'),
  ('40000027', 'DE', 'visa', 'debit', 'Testbank', 'simulated'),
  ('40000082', 'GB', 'visa', 'debit', 'Test Bank UK', 'simulated'),
  ('40000039', 'JP', 'visa', 'credit', 'Test Bank Japan', 'simulated'),
  ('40000007', 'BR', 'visa', 'credit', 'Banco de Teste', 'simulated'),
  ('40000036', 'ES', 'visa', 'prepaid', 'Banco de Pruebas', 'simulated'),
  ('40000074', 'NG', 'visa', 'debit', 'Test Bank Nigeria', 'simulated')
ON CONFLICT ("prefix") DO NOTHING;
