/**
 * The calendar date in France at an instant, `YYYY-MM-DD`: what "today" means for the date rules
 * (an invoice dated tomorrow in Paris is in the future, whatever the Worker's own time zone).
 */
const PARIS_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function parisDate(epochMs: number): string {
  return PARIS_DATE.format(new Date(epochMs));
}
