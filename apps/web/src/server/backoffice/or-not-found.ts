import { isAppError } from "@jeton/core";
import { notFound } from "next/navigation";

/** A page's load, with core's `resource_not_found` turned into the page's 404; any other error goes on. */
export async function orNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isAppError(error) && error.code === "resource_not_found") notFound();
    throw error;
  }
}
