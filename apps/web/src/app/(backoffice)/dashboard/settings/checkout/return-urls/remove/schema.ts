/** POST /dashboard/settings/checkout/return-urls/remove: the prefix to remove, the same field as adding one. */
export { returnUrlFields as removeReturnUrlFields } from "../schema";
