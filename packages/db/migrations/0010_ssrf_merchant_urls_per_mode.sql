-- Return URLs and allowed origins become per mode. What was registered applied to both modes: it stays in
-- test mode, and the https ones are copied to live mode too (live refuses http, localhost included).
ALTER TABLE "merchant_origins" ADD COLUMN "mode" text DEFAULT 'test' NOT NULL;--> statement-breakpoint
ALTER TABLE "merchant_return_urls" ADD COLUMN "mode" text DEFAULT 'test' NOT NULL;--> statement-breakpoint
ALTER TABLE "merchant_origins" DROP CONSTRAINT "merchant_origins_merchant_id_origin_pk";--> statement-breakpoint
ALTER TABLE "merchant_return_urls" DROP CONSTRAINT "merchant_return_urls_merchant_id_url_prefix_pk";--> statement-breakpoint
ALTER TABLE "merchant_origins" ADD CONSTRAINT "merchant_origins_merchant_id_mode_origin_pk" PRIMARY KEY("merchant_id","mode","origin");--> statement-breakpoint
ALTER TABLE "merchant_return_urls" ADD CONSTRAINT "merchant_return_urls_merchant_id_mode_url_prefix_pk" PRIMARY KEY("merchant_id","mode","url_prefix");--> statement-breakpoint
INSERT INTO "merchant_origins" ("merchant_id", "mode", "origin", "created_at")
  SELECT "merchant_id", 'live', "origin", "created_at" FROM "merchant_origins" WHERE "mode" = 'test' AND "origin" LIKE 'https://%';--> statement-breakpoint
INSERT INTO "merchant_return_urls" ("merchant_id", "mode", "url_prefix", "created_at")
  SELECT "merchant_id", 'live', "url_prefix", "created_at" FROM "merchant_return_urls" WHERE "mode" = 'test' AND "url_prefix" LIKE 'https://%';--> statement-breakpoint
ALTER TABLE "merchant_origins" ALTER COLUMN "mode" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "merchant_return_urls" ALTER COLUMN "mode" DROP DEFAULT;
