/**
 * Captures the structure of the current form — for every field its labels, id, name, tag and
 * type, options, block, row, and whether it is required, read-only or disabled — so the mapping
 * table can be updated quickly when the portal changes (docs/extension-fill.md). NEVER a value:
 * no input value, no selected option, no file, no text the page shows as a value; option lists
 * are kept (they are the form's vocabulary) with long digit runs masked, as account and company
 * lists carry IBANs and SIRETs.
 */
import { PORTAL_FORM_BLOCKS, type PortalFormBlock } from '../../shared/chorus/portal-form';
import {
  ACTION_SELECTOR,
  CONTROL_SELECTOR,
  columnOf,
  describeElement,
  HIDDEN_SELECTOR,
  isDisabled,
  isReadOnly,
  isSelect2,
  optionsOf,
  ownText,
} from '../fill/dom';
import { PortalLocator } from '../fill/locate';

export type CapturedKind = 'control' | 'hidden' | 'display' | 'action';

export interface CapturedOption {
  readonly value: string;
  readonly label: string;
}

export interface CapturedField {
  readonly kind: CapturedKind;
  readonly tag: string;
  readonly type?: string;
  readonly id?: string;
  readonly name?: string;
  readonly labels: readonly string[];
  readonly aria: readonly string[];
  readonly placeholder?: string;
  readonly column?: string;
  /** A button's own text (never a display's: that would be a value). */
  readonly text?: string;
  /** Known block (mapping table) the field sits in. */
  readonly block?: PortalFormBlock;
  /** Nearest heading above the field (« Valideur », « Références de la facture »). */
  readonly heading?: string;
  /** For a table row: the rows container (id, or `template:<id>` for a row model) and the row's position. */
  readonly row?: { readonly table: string; readonly index: number };
  readonly required: boolean;
  readonly readonly: boolean;
  readonly disabled: boolean;
  readonly select2?: boolean;
  readonly options?: readonly CapturedOption[];
}

export interface FormCapture {
  /** Page address without the query. */
  readonly url: string;
  readonly capturedAt: string;
  readonly title: string;
  readonly fields: readonly CapturedField[];
}

/** Masks digit runs when a text holds six digits or more (IBAN, SIRET, internal ids). */
export function maskDigits(text: string): string {
  const digits = text.match(/\d/g)?.length ?? 0;
  return digits >= 6 ? text.replace(/\d/g, '#') : text;
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6, legend, .panel-title, caption';
const BLOCKS = 'section, fieldset, .panel, [role=region], [role=group]';

function headingOf(element: Element): string | undefined {
  for (
    let block = element.closest(BLOCKS);
    block !== null;
    block = block.parentElement?.closest(BLOCKS) ?? null
  ) {
    const heading = block.querySelector(HEADINGS);
    if (heading !== null) return ownText(heading);
  }
  return undefined;
}

function isRequired(element: Element): boolean {
  return element.hasAttribute('required') || element.getAttribute('aria-required') === 'true';
}

function rowOf(element: Element): { table: string; index: number } | undefined {
  const row = element.closest('tr');
  const body = row?.parentElement;
  if (
    row === null ||
    row === undefined ||
    body === null ||
    body === undefined ||
    row.closest('thead') !== null
  )
    return undefined;
  const table = body.id !== '' ? body.id : (row.closest('table')?.id ?? '');
  const rows = Array.from(body.children).filter(
    (child) => child.querySelector(CONTROL_SELECTOR) !== null,
  );
  return { table, index: rows.indexOf(row) };
}

interface Context {
  readonly blockOf: (element: Element) => PortalFormBlock | undefined;
  readonly labelsIn?: ParentNode;
  readonly row?: { table: string; index: number };
}

function capture(element: Element, kind: CapturedKind, context: Context): CapturedField {
  const descriptor = describeElement(element);
  const labels =
    context.labelsIn !== undefined && element.id !== ''
      ? Array.from(
          context.labelsIn.querySelectorAll(`label[for="${CSS.escape(element.id)}"]`),
          ownText,
        )
      : descriptor.labels;
  const type = element.getAttribute('type') ?? undefined;
  const block = context.blockOf(element);
  const heading = headingOf(element);
  const row = context.row ?? rowOf(element);
  const field: CapturedField = {
    kind,
    tag: element.tagName.toLowerCase(),
    ...(type === undefined ? {} : { type }),
    ...(descriptor.id === undefined ? {} : { id: descriptor.id }),
    ...(descriptor.name === undefined ? {} : { name: descriptor.name }),
    labels,
    aria: descriptor.aria,
    ...(descriptor.placeholder === undefined ? {} : { placeholder: descriptor.placeholder }),
    ...(descriptor.column === undefined ? {} : { column: descriptor.column }),
    ...(kind === 'action' && descriptor.text !== undefined ? { text: descriptor.text } : {}),
    ...(block === undefined ? {} : { block }),
    ...(heading === undefined ? {} : { heading }),
    ...(row === undefined ? {} : { row }),
    required: isRequired(element),
    readonly: isReadOnly(element),
    disabled: isDisabled(element),
  };
  if (!(element instanceof HTMLSelectElement)) return field;
  return {
    ...field,
    select2: isSelect2(element),
    options: optionsOf(element).map((option) => ({
      value: maskDigits(option.value),
      label: maskDigits(option.label),
    })),
  };
}

const DISPLAY_CAPTURE =
  'output, .form-control-static, [aria-labelledby]:not(input, select, textarea, button)';

/** The structure of the page's invoice form (or of the whole page when no form holds fields). */
export function captureForm(doc: Document, now: Date = new Date()): FormCapture {
  const locator = new PortalLocator(doc);
  const containers = (Object.keys(PORTAL_FORM_BLOCKS) as PortalFormBlock[])
    .map((block) => ({ block, container: locator.block(block) }))
    .filter(
      (entry): entry is { block: PortalFormBlock; container: Element } =>
        entry.container !== undefined,
    );
  const blockOf = (element: Element) =>
    containers.find((entry) => entry.container.contains(element))?.block;
  const scope: ParentNode = doc.body ?? doc;
  const fields: CapturedField[] = [];
  const seen = new Set<Element>();
  const take = (selector: string, kind: CapturedKind, root: ParentNode, context: Context) => {
    for (const element of Array.from(root.querySelectorAll(selector))) {
      if (seen.has(element) || element.closest('[data-chorus-assist]') !== null) continue;
      seen.add(element);
      fields.push(capture(element, kind, context));
    }
  };
  take(CONTROL_SELECTOR, 'control', scope, { blockOf });
  take(HIDDEN_SELECTOR, 'hidden', scope, { blockOf });
  take(DISPLAY_CAPTURE, 'display', scope, { blockOf });
  // Cells of table rows that hold no control: the recap's rate, for instance (header text only).
  for (const cell of Array.from(scope.querySelectorAll('tbody td, tbody th'))) {
    if (seen.has(cell) || cell.querySelector(CONTROL_SELECTOR) !== null) continue;
    const row = rowOf(cell);
    if (columnOf(cell) === undefined || row === undefined || row.index < 0) continue;
    seen.add(cell);
    fields.push(capture(cell, 'display', { blockOf }));
  }
  take(ACTION_SELECTOR, 'action', scope, { blockOf });
  // Row models the page clones to add a row (« Ajouter une ligne »).
  for (const template of Array.from(scope.querySelectorAll('template'))) {
    const content = template.content.cloneNode(true) as DocumentFragment;
    const context: Context = {
      blockOf: () => undefined,
      labelsIn: content,
      row: { table: `template:${template.id}`, index: 0 },
    };
    take(CONTROL_SELECTOR, 'control', content, context);
    take(HIDDEN_SELECTOR, 'hidden', content, context);
    take(ACTION_SELECTOR, 'action', content, context);
  }
  const location = doc.location;
  return {
    url: location === null ? '' : `${location.origin}${location.pathname}`,
    capturedAt: now.toISOString(),
    title: doc.title,
    fields,
  };
}
