/**
 * Reads the form back: the raw value of every mapping entry found on the page, by mapping key,
 * as the page shows it (`1 234,50`, `31/01/2026`, an option's value and label). The checks turn
 * it into model values with shared/chorus/portal-values.ts. Reads only.
 */
import {
  PORTAL_FORM_FIELDS,
  PORTAL_LINES,
  PORTAL_VAT_RECAP,
  type PortalFormFieldKey,
  type PortalLineFieldKey,
  type PortalMappingKey,
  type PortalRecapFieldKey,
} from '../../shared/chorus/portal-form';
import { isDisabled, isReadOnly, ownText, selectedOption } from './dom';
import { type Corrections, type Location, PortalLocator, type RowScope } from './locate';

export interface RawField {
  /** The value as the page holds it; for a display, its text; for a file input, the file names. */
  readonly value: string;
  /** For a list: the label of the selected option (what the clerk sees). */
  readonly label?: string;
  readonly disabled: boolean;
  readonly readonly: boolean;
  readonly strategy: string;
}

export interface FormReadback {
  /** Page address without its query (the execution key of Spring Web Flow is no business of ours). */
  readonly url: string;
  readonly fields: Partial<Record<PortalFormFieldKey, RawField>>;
  readonly lines: readonly Partial<Record<PortalLineFieldKey, RawField>>[];
  readonly vatRecap: readonly Partial<Record<PortalRecapFieldKey, RawField>>[];
  /** Entries the page does not show (lines and recap: when no row has them). */
  readonly missing: readonly PortalMappingKey[];
}

function rawOf(location: Location): RawField | undefined {
  const element = location.element;
  if (element === undefined || !('strategy' in location)) return undefined;
  const base = {
    disabled: isDisabled(element),
    readonly: isReadOnly(element),
    strategy: location.strategy,
  };
  if (element instanceof HTMLSelectElement) {
    const selected = selectedOption(element);
    return {
      value: element.value,
      ...(selected === undefined ? {} : { label: ownText(selected) }),
      ...base,
    };
  }
  if (element instanceof HTMLInputElement && element.type === 'file') {
    return { value: Array.from(element.files ?? [], (file) => file.name).join(', '), ...base };
  }
  if (
    element instanceof HTMLInputElement &&
    (element.type === 'checkbox' || element.type === 'radio')
  ) {
    return { value: element.checked ? element.value || 'on' : '', ...base };
  }
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
    return { value: element.value, ...base };
  }
  return { value: ownText(element), ...base };
}

function readRows<S extends RowScope, K extends string>(
  locator: PortalLocator,
  scope: S,
  keys: readonly K[],
  missing: Set<PortalMappingKey>,
): Partial<Record<K, RawField>>[] {
  const { rows } = locator.rows(scope);
  const seen = new Set<K>();
  const values = rows.map((row) => {
    const record: Partial<Record<K, RawField>> = {};
    for (const key of keys) {
      const raw = rawOf(locator.inRow(row, scope, key as never));
      if (raw !== undefined) {
        record[key] = raw;
        seen.add(key);
      }
    }
    return record;
  });
  for (const key of keys) if (!seen.has(key)) missing.add(`${scope}.${key}` as PortalMappingKey);
  return values;
}

export function readForm(doc: Document, corrections: Corrections = {}): FormReadback {
  const locator = new PortalLocator(doc, corrections);
  const missing = new Set<PortalMappingKey>();
  const fields: Partial<Record<PortalFormFieldKey, RawField>> = {};
  for (const key of Object.keys(PORTAL_FORM_FIELDS) as PortalFormFieldKey[]) {
    const raw = rawOf(locator.field(key));
    if (raw === undefined) missing.add(key);
    else fields[key] = raw;
  }
  const lines = readRows(
    locator,
    'lines',
    Object.keys(PORTAL_LINES.fields) as PortalLineFieldKey[],
    missing,
  );
  const vatRecap = readRows(
    locator,
    'vatRecap',
    Object.keys(PORTAL_VAT_RECAP.fields) as PortalRecapFieldKey[],
    missing,
  );
  const location = doc.location;
  const url = location === null ? '' : `${location.origin}${location.pathname}`;
  return { url, fields, lines, vatRecap, missing: [...missing] };
}
