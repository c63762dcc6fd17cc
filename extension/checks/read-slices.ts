/**
 * Reads the form for the live checks without holding the page: the same values as the read-back
 * (extension/fill/read.ts), taken field by field through the mapping table's locator, in slices of
 * a few milliseconds with the page given back in between. A 50-line form read in one go takes
 * 100–300 ms on a slow machine, which the clerk feels as a frozen field. Also keeps the element
 * each value came from, so that the issues are drawn without locating anything again. Reads only.
 */
import {
  PORTAL_FORM_FIELDS,
  PORTAL_LINES,
  PORTAL_VAT_RECAP,
  type PortalFormFieldKey,
} from '../../shared/chorus/portal-form';
import type { PortalFormValues, PortalRawValue } from '../../shared/chorus/portal-model';
import { isDisabled, ownText, selectedOption } from '../fill/dom';
import { type Corrections, type Location, PortalLocator, type RowScope } from '../fill/locate';

/** Work done on the page before it is given back. */
export const SLICE_MS = 8;

export interface SlicedRead {
  readonly form: PortalFormValues;
  /** `key` or `key#row` → the element the value was read from. */
  readonly elements: ReadonlyMap<string, Element>;
  /** « Valider et envoyer », for the notice drawn next to it. */
  readonly submitButton?: Element;
}

/**
 * Name of the User Timing measures of the checks' work on the page (one per slice, one per
 * redraw): visible in the browser's Performance panel, and what the end-to-end test bounds.
 */
export const MEASURE = 'chorus-assist:checks';

export function elementKey(key: string, row?: number): string {
  return row === undefined ? key : `${key}#${row}`;
}

/**
 * Lets the page run (its input handlers, a frame) before the next slice: `scheduler.yield()` where
 * the browser has it (the rest of the read comes back before other queued work), else a timer.
 */
function giveBack(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield?.() ?? new Promise((resume) => setTimeout(resume, 0));
}

/** The value of a located element, as fill/read.ts reads it (the form has no checkbox). */
function rawValueOf(element: Element): PortalRawValue {
  const disabled = isDisabled(element);
  if (element instanceof HTMLSelectElement) {
    const selected = selectedOption(element);
    return selected === undefined
      ? { value: element.value, disabled }
      : { value: element.value, label: ownText(selected), disabled };
  }
  if (element instanceof HTMLInputElement && element.type === 'file')
    return { value: Array.from(element.files ?? [], (file) => file.name).join(', '), disabled };
  if (
    element instanceof HTMLInputElement &&
    (element.type === 'checkbox' || element.type === 'radio')
  )
    return { value: element.checked ? element.value || 'on' : '', disabled };
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)
    return { value: element.value, disabled };
  return { value: ownText(element), disabled };
}

export async function readFormInSlices(
  doc: Document,
  corrections: Corrections,
  sliceMs = SLICE_MS,
): Promise<SlicedRead> {
  const locator = new PortalLocator(doc, corrections);
  const elements = new Map<string, Element>();
  let sliceStart = performance.now();
  performance.clearMeasures(MEASURE);
  const maybeGiveBack = async (always = false) => {
    if (!always && performance.now() - sliceStart < sliceMs) return;
    performance.measure(MEASURE, { start: sliceStart });
    await giveBack();
    sliceStart = performance.now();
  };
  const take = (location: Location, key: string, row?: number) => {
    const element = location.element;
    if (element === undefined) return undefined;
    elements.set(elementKey(key, row), element);
    return rawValueOf(element);
  };

  const fields: Partial<Record<PortalFormFieldKey, PortalRawValue>> = {};
  for (const key of Object.keys(PORTAL_FORM_FIELDS) as PortalFormFieldKey[]) {
    const value = take(locator.field(key), key);
    if (value !== undefined) fields[key] = value;
    await maybeGiveBack();
  }
  const readRows = async (scope: RowScope, keys: readonly string[]) => {
    // The rows as they are now: a row the page adds meanwhile is read by the next check.
    const rows = locator.rows(scope).rows;
    const values: Record<string, PortalRawValue>[] = [];
    for (const [n, row] of rows.entries()) {
      const record: Record<string, PortalRawValue> = {};
      for (const key of keys) {
        const value = take(locator.inRow(row, scope, key as never), `${scope}.${key}`, n);
        if (value !== undefined) record[key] = value;
      }
      values.push(record);
      await maybeGiveBack();
    }
    return values;
  };
  const lines = await readRows('lines', Object.keys(PORTAL_LINES.fields));
  const vatRecap = await readRows('vatRecap', Object.keys(PORTAL_VAT_RECAP.fields));
  // The buttons are many on a long form (a « Supprimer » per row): a slice of its own.
  await maybeGiveBack(true);
  const submitButton = locator.action('send').element;
  performance.measure(MEASURE, { start: sliceStart });
  return {
    form: { fields, lines, vatRecap },
    elements,
    ...(submitButton === undefined ? {} : { submitButton }),
  };
}
