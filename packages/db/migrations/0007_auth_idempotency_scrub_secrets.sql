-- Stored idempotent answers no longer hold client secrets (a replay derives them again): scrub those kept before.
UPDATE "idempotency_keys" SET "response_body" = "response_body" - 'clientSecret' WHERE jsonb_typeof("response_body") = 'object' AND "response_body" ? 'clientSecret';
