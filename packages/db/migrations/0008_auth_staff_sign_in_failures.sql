CREATE TABLE "staff_sign_in_failures" (
	"subject" text NOT NULL,
	"ip" text NOT NULL,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "staff_sign_in_failures_subject_ip_pk" PRIMARY KEY("subject","ip")
);
--> statement-breakpoint
CREATE INDEX "staff_sign_in_failures_updated_idx" ON "staff_sign_in_failures" USING btree ("updated_at");