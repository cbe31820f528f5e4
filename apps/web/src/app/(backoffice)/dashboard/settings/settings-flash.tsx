import { FlashMessage } from "@/backoffice/flash-message";

type Query = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * The flash message of a settings page: for a refused value, a sentence about
 * that field (the redirect names it in `?param=`), else the shared messages.
 */
export function SettingsFlash({ query, fieldMessages = {}, errorMessages = {} }: { query: Query; fieldMessages?: Record<string, string>; errorMessages?: Record<string, string> }) {
  const error = one(query.error);
  const param = one(query.param);
  const specific =
    (error === "parameter_invalid" && param && Object.hasOwn(fieldMessages, param) ? fieldMessages[param] : undefined) ??
    (error && Object.hasOwn(errorMessages, error) ? errorMessages[error] : undefined);
  if (specific) {
    return (
      <div className="bo-error" role="alert">
        {specific}
      </div>
    );
  }
  return <FlashMessage notice={query.notice} error={query.error} param={param} />;
}
