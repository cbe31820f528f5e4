const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** An instant as staff read it in the back-office, in UTC (the dashboard's days are UTC days too). */
export function formatDateTime(value: string | Date): string {
  return `${dateTime.format(new Date(value))} UTC`;
}
