export { createJetonClient, type JetonClient, type JetonClientOptions, type CardToken } from "./create-client";
export { JetonApiError, JetonConnectionError } from "./errors";
