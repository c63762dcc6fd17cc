/**
 * What the locator reads from the page: the description of an element (its labels, ARIA texts,
 * column header …, see shared/chorus/portal-match.ts), the candidates of a kind of entry, and the
 * container of a form block. Reads only: nothing here changes the page.
 */
import type { ElementDescriptor } from '../../shared/chorus/portal-match';

/** Form controls a clerk fills (hidden inputs and buttons apart). */
export const CONTROL_SELECTOR =
  'input:not([type=hidden]):not([type=button]):not([type=submit]):not([type=reset]):not([type=image]), select, textarea';
export const HIDDEN_SELECTOR = 'input[type=hidden]';
export const ACTION_SELECTOR =
  'button, input[type=button], input[type=submit], input[type=reset], input[type=image], a[role=button], [role=button]';
/** Texts that are not controls: a value the page shows (« Raison sociale »), a table cell. */
export const DISPLAY_SELECTOR =
  'output, .form-control-static, [aria-labelledby]:not(input, select, textarea, button), [aria-label]:not(input, select, textarea, button, a, [role=button]), td, th';

export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export function isFormControl(element: Element | null | undefined): element is FormControl {
  return (
    element instanceof HTMLInputElement ||
    element instanceof HTMLSelectElement ||
    element instanceof HTMLTextAreaElement
  );
}

const SKIPPED_IN_TEXT = new Set(['SELECT', 'TEXTAREA', 'OPTION', 'SCRIPT', 'STYLE', 'TEMPLATE']);

/** An element's text without what its nested controls hold (a label wrapping a select). */
export function ownText(element: Element): string {
  let text = '';
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) text += child.nodeValue ?? '';
      else if (child.nodeType === 1 && !SKIPPED_IN_TEXT.has((child as Element).tagName))
        walk(child);
    }
  };
  walk(element);
  return text.replace(/\s+/g, ' ').trim();
}

/** Texts of the `<label for>` elements of a document, by the id they name. */
export type LabelIndex = ReadonlyMap<string, readonly string[]>;

/**
 * One pass over `label[for]` under `root`. `element.labels` walks the whole document on every
 * call in Chromium; with 50 lines of 11 cells that alone took over a second per fill.
 */
export function indexLabels(
  root: ParentNode,
  into = new Map<string, string[]>(),
): Map<string, string[]> {
  for (const label of Array.from(root.querySelectorAll('label[for]'))) {
    const target = label.getAttribute('for') ?? '';
    if (target === '') continue;
    const texts = into.get(target) ?? [];
    const text = ownText(label);
    if (!texts.includes(text)) texts.push(text);
    into.set(target, texts);
  }
  return into;
}

function labelsOf(element: Element, index?: LabelIndex): string[] {
  if (index === undefined) {
    if (isFormControl(element) && element.labels !== null && element.labels.length > 0) {
      return Array.from(element.labels, ownText);
    }
    const id = element.id;
    if (id === '') return [];
    return Array.from(
      element.ownerDocument.querySelectorAll(`label[for="${CSS.escape(id)}"]`),
      ownText,
    );
  }
  const texts = element.id === '' ? [] : [...(index.get(element.id) ?? [])];
  const wrapping = element.closest('label');
  if (wrapping !== null && !wrapping.hasAttribute('for')) texts.push(ownText(wrapping));
  return texts;
}

function ariaOf(element: Element): string[] {
  const texts: string[] = [];
  const label = element.getAttribute('aria-label');
  if (label !== null && label.trim() !== '') texts.push(label);
  const ids = element.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? [];
  const named = ids
    .map((id) => element.ownerDocument.getElementById(id))
    .filter((found): found is HTMLElement => found !== null)
    .map(ownText)
    .join(' ');
  if (named !== '') texts.push(named);
  return texts;
}

/** The header cells of a table (its first `thead` row), read through plain DOM queries. */
export function headerCellsOf(table: Element): Element[] {
  const row = table.querySelector(':scope > thead > tr');
  return row === null ? [] : Array.from(row.children);
}

/** Where a table keeps its rows: its first `tbody`; any other container holds them itself. */
export function bodyOf(container: Element): Element {
  if (container.tagName !== 'TABLE') return container;
  return container.querySelector(':scope > tbody') ?? container;
}

/** The header text of the table column an element sits in. */
export function columnOf(element: Element): string | undefined {
  const cell = element.closest('td, th');
  const table = cell?.closest('table');
  if (cell === null || cell === undefined || table === null || table === undefined)
    return undefined;
  if (cell.closest('thead') !== null || cell.parentElement === null) return undefined;
  const index = Array.prototype.indexOf.call(cell.parentElement.children, cell);
  const header = headerCellsOf(table)[index];
  return header === undefined ? undefined : ownText(header);
}

function ownTextOf(element: Element): string | undefined {
  if (element instanceof HTMLInputElement) {
    return ['button', 'submit', 'reset'].includes(element.type) ? element.value : undefined;
  }
  if (isFormControl(element)) return undefined;
  return ownText(element);
}

/** What the locator compares; pass a label index when describing many elements of one page. */
export function describeElement(element: Element, labels?: LabelIndex): ElementDescriptor {
  const name = element.getAttribute('name') ?? undefined;
  const placeholder = element.getAttribute('placeholder') ?? undefined;
  return {
    id: element.id === '' ? undefined : element.id,
    name,
    labels: labelsOf(element, labels),
    aria: ariaOf(element),
    placeholder,
    column: columnOf(element),
    text: ownTextOf(element),
  };
}

export type CandidateKind = 'control' | 'hidden' | 'display' | 'action' | 'container';

const SELECTORS: Record<Exclude<CandidateKind, 'container'>, string> = {
  control: CONTROL_SELECTOR,
  hidden: HIDDEN_SELECTOR,
  display: DISPLAY_SELECTOR,
  action: ACTION_SELECTOR,
};

/** Elements of a kind under `scope` (the scope itself excluded), in page order. */
export function candidatesIn(scope: ParentNode, kind: CandidateKind): Element[] {
  if (kind === 'container') return Array.from(scope.querySelectorAll('[id]'));
  return Array.from(scope.querySelectorAll(SELECTORS[kind]));
}

/** Whether the page lets the clerk change the control (a disabled fieldset disables its fields). */
export function isDisabled(element: Element): boolean {
  return element.matches(':disabled');
}

export function isReadOnly(element: Element): boolean {
  return (
    (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) &&
    element.readOnly
  );
}

/** The select2 widget drawn for a native select, when there is one (docs/portal.md §1). */
export function select2ContainerOf(select: HTMLSelectElement): HTMLElement | null {
  if (select.id === '') return null;
  return select.ownerDocument.getElementById(`select2-${select.id}-container`);
}

export function isSelect2(select: HTMLSelectElement): boolean {
  return (
    select.classList.contains('select2-hidden-accessible') || select2ContainerOf(select) !== null
  );
}

/** The selected option (through selectedIndex: some DOM implementations lag on selectedOptions). */
export function selectedOption(select: HTMLSelectElement): HTMLOptionElement | undefined {
  return select.selectedIndex < 0 ? undefined : (select.options[select.selectedIndex] ?? undefined);
}

/** The options of a select as the page shows them. */
export function optionsOf(select: HTMLSelectElement): { value: string; label: string }[] {
  return Array.from(select.options, (option) => ({
    value: option.value,
    label: ownText(option) || (option.getAttribute('label') ?? ''),
  }));
}
