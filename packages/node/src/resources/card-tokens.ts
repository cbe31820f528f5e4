import { segment, type Requester } from "../request";
import type { CardToken } from "../types";

export function cardTokensResource(api: Requester) {
  return {
    /** A token's card summary and status; a token of another merchant is a 404 like any unknown id. */
    retrieve: (cardTokenId: string) => api.get<CardToken>(`/api/v1/card-tokens/${segment(cardTokenId)}`),
  };
}
