import { listFramingOrigins, type FramedResource } from "@jeton/core";
import { getContext } from "./context";

/** The proxy's framing lookup: the origins registered by the merchant owning a payment request or transaction. */
export async function framingOriginsFromDatabase(resource: FramedResource): Promise<string[]> {
  return listFramingOrigins(await getContext(), resource);
}
