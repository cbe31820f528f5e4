DROP INDEX "risk_assessments_ip_idx";--> statement-breakpoint
DROP INDEX "risk_assessments_email_idx";--> statement-breakpoint
DROP INDEX "risk_assessments_customer_idx";--> statement-breakpoint
DROP INDEX "risk_assessments_device_idx";