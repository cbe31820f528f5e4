import { platformUrls } from "../urls/platform-urls";

/** Tests only: the platform's addresses as tests expect them (`https://pay.example/pay/{id}`…). */
export const testUrls = platformUrls("https://pay.example");
