/**
 * What a fill did, field by field: plain data (it crosses the extension's messaging), never an
 * element. It names fields by mapping key and says how each was found; values appear only where
 * the page computed something other than the invoice says (so the clerk can look).
 */
import type { PortalMappingKey } from '../../shared/chorus/portal-form';
import type { StrategyTrial } from '../../shared/chorus/portal-match';
import type { PlanNote } from '../../shared/chorus/portal-plan';

export type FieldOutcome =
  /** The value was set. */
  | 'filled'
  /** The field already held the value. */
  | 'unchanged'
  | 'skipped-disabled'
  | 'skipped-readonly'
  | 'not-found'
  /** No option of the list matches the wanted value. */
  | 'no-option'
  /** The value cannot be written in the field's format. */
  | 'invalid-value'
  /** A field the page computes shows what the invoice says. */
  | 'computed-same'
  /** A read-only field the page computes shows something else than the invoice. */
  | 'computed-differs'
  /** The browser cannot put a file into the input. */
  | 'unsupported'
  | 'failed';

export interface FieldReport {
  readonly key: PortalMappingKey;
  /** Line index (BG-25) for `lines.*`; recap row position for `vatRecap.*`. */
  readonly row?: number;
  readonly outcome: FieldOutcome;
  /** The locator strategy that found the element. */
  readonly strategy?: string;
  /** What was tried when the element was not found. */
  readonly tried?: readonly StrategyTrial[];
  /** What the page shows, for `computed-differs`. */
  readonly pageValue?: string;
  /** The model value was rounded to the field's decimals. */
  readonly rounded?: boolean;
  /** The select2 widget still shows another option after the change. */
  readonly widgetStale?: boolean;
}

export interface FillReport {
  readonly fields: readonly FieldReport[];
  readonly counts: Readonly<Partial<Record<FieldOutcome, number>>>;
  readonly rowsAdded: number;
  /** Rows the page had beyond the invoice's lines (left untouched). */
  readonly extraRows: number;
  /** Recap rates of the invoice that have no row on the page. */
  readonly recapRatesWithoutRow: readonly string[];
  /** A form submission the page attempted during the fill, stopped by the filler. */
  readonly submitBlocked: boolean;
  /** What the plan could not carry (from shared/chorus/portal-plan.ts). */
  readonly notes: readonly PlanNote[];
  readonly durationMs: number;
  /**
   * Of which the page's own reactions (its handlers recomputing lines and totals, layout after a
   * real focus). The rest is the filler's own work and its waits for the portal's lookups.
   */
  readonly pageMs?: number;
}

export function countOutcomes(
  fields: readonly FieldReport[],
): Partial<Record<FieldOutcome, number>> {
  const counts: Partial<Record<FieldOutcome, number>> = {};
  for (const field of fields) counts[field.outcome] = (counts[field.outcome] ?? 0) + 1;
  return counts;
}
