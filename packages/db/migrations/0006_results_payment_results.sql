CREATE TABLE "payment_results" (
	"jti" text PRIMARY KEY NOT NULL,
	"payment_request_id" text NOT NULL,
	"status" text NOT NULL,
	"token" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "payment_results" ADD CONSTRAINT "payment_results_payment_request_id_payment_requests_id_fk" FOREIGN KEY ("payment_request_id") REFERENCES "public"."payment_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "payment_results_outcome_idx" ON "payment_results" USING btree ("payment_request_id","status");