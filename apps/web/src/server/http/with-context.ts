import { getContext, type AppContext } from "../context";
import { errorResponse } from "./error-response";

type Handler<P> = (request: Request, context: AppContext, params: P) => Promise<Response>;

/**
 * Adapts a handler to a Next.js route export: resolves the app context and
 * route params, and makes sure not even a start-up failure answers with HTML.
 */
export function withContext<P = Record<string, never>>(handler: Handler<P>) {
  return async (request: Request, route?: { params?: Promise<P> }): Promise<Response> => {
    let context: AppContext;
    try {
      context = await getContext();
    } catch (error) {
      return errorResponse(error, console);
    }
    try {
      const params = ((await route?.params) ?? {}) as P;
      return await handler(request, context, params);
    } catch (error) {
      return errorResponse(error, context.logger);
    }
  };
}
