/** POST /dashboard/settings/checkout/origins/remove: the origin to remove, the same field as adding one. */
export { originFields as removeOriginFields } from "../schema";
