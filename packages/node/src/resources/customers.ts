import { queryString, segment, type IdempotentRequestOptions, type Requester } from "../request";
import type { AddCustomerCardParams, Card, CreateCustomerParams, Customer, CustomerWithCards, List, ListCustomersParams } from "../types";

export function customersResource(api: Requester) {
  const one = (id: string) => `/api/v1/customers/${segment(id)}`;
  return {
    /** Creates a customer; with `cardTokenId` its first saved card is in `cards`. */
    create: (params: CreateCustomerParams = {}, options?: IdempotentRequestOptions) => api.post<CustomerWithCards>("/api/v1/customers", params, options),
    retrieve: (id: string) => api.get<CustomerWithCards>(one(id)),
    list: (params: ListCustomersParams = {}) => api.get<List<Customer>>(`/api/v1/customers${queryString(params)}`),
    /** Deletes the customer and all its saved cards. */
    delete: (id: string) => api.delete<Customer>(one(id)),
    cards: {
      /** Saves a tokenized card for the customer (the token is used up). */
      create: (customerId: string, params: AddCustomerCardParams, options?: IdempotentRequestOptions) => api.post<Card>(`${one(customerId)}/cards`, params, options),
      list: (customerId: string) => api.get<List<Card>>(`${one(customerId)}/cards`),
      /** Deletes a saved card for good: it can never be charged again; a second delete is a 404. */
      delete: (customerId: string, cardId: string) => api.delete<Card>(`${one(customerId)}/cards/${segment(cardId)}`),
    },
  };
}
