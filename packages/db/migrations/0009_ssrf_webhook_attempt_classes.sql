-- Receivers' replies are no longer kept, and raw socket error texts become generic classes.
ALTER TABLE "webhook_attempts" DROP COLUMN "response_snippet";--> statement-breakpoint
UPDATE "webhook_attempts" SET "error" = CASE WHEN "error" LIKE 'timed out%' THEN 'timeout' ELSE 'connection_failed' END WHERE "error" IS NOT NULL;
