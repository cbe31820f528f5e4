// Test helpers, for the tests of every package (never imported by runtime code).
export { createTestPlatform, testShopOrigin, type TestPlatform } from "./create-test-platform";
export { payWithTestCard } from "./pay-with-test-card";
export { startTestSmtpServer, type TestSmtpServer } from "./start-test-smtp-server";
export { createCustomerWithChargeableCard } from "./create-subscribed-card";
export { testLogoPng } from "./test-logo";
