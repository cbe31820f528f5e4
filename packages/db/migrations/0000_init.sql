CREATE TABLE "api_keys" (
	"id" text PRIMARY KEY NOT NULL,
	"merchant_id" text NOT NULL,
	"mode" text NOT NULL,
	"kind" text NOT NULL,
	"publishable_key" text,
	"secret_hash" text,
	"redacted" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_keys_one_form" CHECK (("api_keys"."kind" = 'publishable' AND "api_keys"."publishable_key" IS NOT NULL AND "api_keys"."secret_hash" IS NULL)
       OR ("api_keys"."kind" = 'secret' AND "api_keys"."secret_hash" IS NOT NULL AND "api_keys"."publishable_key" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "card_tokens" (
	"id" text PRIMARY KEY NOT NULL,
	"merchant_id" text NOT NULL,
	"mode" text NOT NULL,
	"pan_sealed" text NOT NULL,
	"pan_kek_id" text NOT NULL,
	"cvc_sealed" text,
	"cvc_kek_id" text,
	"fingerprint" text NOT NULL,
	"brand" text NOT NULL,
	"bin" text NOT NULL,
	"last4" text NOT NULL,
	"exp_month" integer NOT NULL,
	"exp_year" integer NOT NULL,
	"holder_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "merchant_origins" (
	"merchant_id" text NOT NULL,
	"origin" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "merchant_origins_merchant_id_origin_pk" PRIMARY KEY("merchant_id","origin")
);
--> statement-breakpoint
CREATE TABLE "merchants" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limit_counters" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "rate_limit_counters_key_window_start_pk" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_tokens" ADD CONSTRAINT "card_tokens_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "merchant_origins" ADD CONSTRAINT "merchant_origins_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "api_keys_publishable_key_idx" ON "api_keys" USING btree ("publishable_key");--> statement-breakpoint
CREATE UNIQUE INDEX "api_keys_secret_hash_idx" ON "api_keys" USING btree ("secret_hash");--> statement-breakpoint
CREATE INDEX "api_keys_merchant_idx" ON "api_keys" USING btree ("merchant_id");--> statement-breakpoint
CREATE INDEX "card_tokens_merchant_idx" ON "card_tokens" USING btree ("merchant_id","created_at");--> statement-breakpoint
CREATE INDEX "card_tokens_pan_kek_idx" ON "card_tokens" USING btree ("pan_kek_id");--> statement-breakpoint
CREATE INDEX "card_tokens_cvc_pending_idx" ON "card_tokens" USING btree ("expires_at") WHERE "card_tokens"."cvc_sealed" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "merchant_origins_origin_idx" ON "merchant_origins" USING btree ("origin");--> statement-breakpoint
CREATE INDEX "rate_limit_counters_expires_idx" ON "rate_limit_counters" USING btree ("expires_at");