/** A 1×1 PNG: the smallest logo a merchant can upload, for tests of the logo's paths. */
export const testLogoPng = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
