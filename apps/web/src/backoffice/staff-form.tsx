import type { ReactNode } from "react";

/**
 * A back-office mutation form: POST to a route under /dashboard with the
 * session's CSRF token and the page to come back to. Works without
 * JavaScript; the route answers 303 to `back` with `?notice=` or `?error=`.
 */
export function StaffForm({
  action,
  csrf,
  back,
  children,
  className,
  encType,
  id,
}: {
  action: string;
  csrf: string;
  back: string;
  children: ReactNode;
  className?: string;
  encType?: "multipart/form-data";
  id?: string;
}) {
  return (
    <form method="post" action={action} className={className} encType={encType} id={id}>
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="back" value={back} />
      {children}
    </form>
  );
}
