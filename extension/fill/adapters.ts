/**
 * Setting a value the way a person would, so the page's own scripts notice: focus, the value
 * through the element prototype's native setter (frameworks that wrap `value` on the instance still
 * see a change), `input`, `change`, then blur — in that order. select2 lists (docs/portal.md §1)
 * take the native select's value and a `change`, which redraws the widget. Quiet mode (undo)
 * skips focus and blur so that restoring an empty mandatory field does not make the page show
 * « champ obligatoire ».
 */
import { type FormControl, isSelect2, ownText, select2ContainerOf, selectedOption } from './dom';

function valueSetter(element: FormControl): ((value: string) => void) | undefined {
  const prototype =
    element instanceof HTMLSelectElement
      ? HTMLSelectElement.prototype
      : element instanceof HTMLTextAreaElement
        ? HTMLTextAreaElement.prototype
        : HTMLInputElement.prototype;
  return Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
}

/**
 * Time spent in the page's own reactions to what the filler does (its event handlers, the
 * layout a real focus forces): the fill report tells it apart from the filler's own time.
 */
export const pageClock = { ms: 0 };

/** Runs something that hands control to the page (an event, a focus, a click) and times it. */
export function inPage(action: () => void): void {
  const started = performance.now();
  try {
    action();
  } finally {
    pageClock.ms += performance.now() - started;
  }
}

function fire(element: Element, type: 'input' | 'change'): void {
  const event =
    type === 'input' && typeof InputEvent === 'function'
      ? new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' })
      : new Event(type, { bubbles: true });
  inPage(() => element.dispatchEvent(event));
}

function focusEvents(element: HTMLElement, kind: 'focus' | 'blur'): void {
  inPage(() => element.dispatchEvent(new FocusEvent(kind)));
  const around = new FocusEvent(kind === 'focus' ? 'focusin' : 'focusout', { bubbles: true });
  inPage(() => element.dispatchEvent(around));
}

/**
 * `real`: the element takes the focus, as after a click (when it cannot, the page still gets the
 * events). `events`: the page gets focus, focusin, then blur, focusout, without the focus moving —
 * for table cells: a real focus makes the browser lay the page out again, and on a table of 50
 * lines whose totals the page redraws after each change that cost seconds per fill.
 */
export type FocusMode = 'real' | 'events';

export function focus(element: HTMLElement, mode: FocusMode = 'real'): void {
  if (mode === 'real') inPage(() => element.focus({ preventScroll: true }));
  if (mode === 'events' || element.ownerDocument.activeElement !== element)
    focusEvents(element, 'focus');
}

export function blur(element: HTMLElement, mode: FocusMode = 'real'): void {
  if (mode === 'real' && element.ownerDocument.activeElement === element)
    inPage(() => element.blur());
  else focusEvents(element, 'blur');
}

export interface SetOptions {
  /** No focus and no blur (undo). */
  readonly quiet?: boolean;
  readonly focus?: FocusMode;
}

/** Types a value into a text input or textarea. */
export function setText(
  element: HTMLInputElement | HTMLTextAreaElement,
  value: string,
  options: SetOptions = {},
): void {
  if (!options.quiet) focus(element, options.focus);
  const setter = valueSetter(element);
  if (setter) setter.call(element, value);
  else element.value = value;
  fire(element, 'input');
  fire(element, 'change');
  if (!options.quiet) blur(element, options.focus);
}

/**
 * Chooses an option of a native or select2 list by value. A plain select gets focus, input,
 * change, blur; the hidden select of a select2 widget gets `change` only (docs/portal.md §1: the
 * widget listens to it; the page never focuses the hidden select).
 */
export function setSelect(
  element: HTMLSelectElement,
  value: string,
  options: SetOptions = {},
): void {
  const plain = !isSelect2(element);
  if (plain && !options.quiet) focus(element, options.focus);
  const setter = valueSetter(element);
  if (setter) setter.call(element, value);
  else element.value = value;
  // A native list fires input then change when the clerk picks; select2 redraws on change, and
  // its own `input` is a jQuery trigger that native listeners never see.
  if (plain) fire(element, 'input');
  fire(element, 'change');
  if (plain && !options.quiet) blur(element, options.focus);
}

/** Whether the select2 widget shows the selected option (it redraws on `change` only). */
export function widgetShowsSelection(element: HTMLSelectElement): boolean {
  const widget = select2ContainerOf(element);
  if (widget === null) return true;
  const selected = selectedOption(element);
  if (selected === undefined || selected.value === '') return true;
  return (widget.textContent ?? '').trim() === ownText(selected);
}

export function setChecked(
  element: HTMLInputElement,
  checked: boolean,
  options: SetOptions = {},
): void {
  if (!options.quiet) focus(element, options.focus);
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'checked')?.set;
  if (setter) setter.call(element, checked);
  else element.checked = checked;
  fire(element, 'input');
  fire(element, 'change');
  if (!options.quiet) blur(element, options.focus);
}

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Puts files into a file input (DataTransfer, as a drop would); false when the browser cannot. */
export function setFiles(
  element: HTMLInputElement,
  files: FileList | readonly File[],
  options: SetOptions = {},
): boolean {
  if (typeof DataTransfer !== 'function') return false;
  const transfer = new DataTransfer();
  for (const file of Array.from(files)) transfer.items.add(file);
  if (!options.quiet) focus(element, options.focus);
  element.files = transfer.files;
  fire(element, 'input');
  fire(element, 'change');
  if (!options.quiet) blur(element, options.focus);
  return true;
}

export function fileOf(filename: string, mimeCode: string, base64: string): File {
  return new File([bytesOf(base64)], filename, { type: mimeCode });
}

/** Controls of a form that send it: a click on them would submit. */
export function submitsForm(element: Element): boolean {
  if (element instanceof HTMLButtonElement)
    return element.type === 'submit' && element.form !== null;
  if (element instanceof HTMLInputElement)
    return element.type === 'submit' || element.type === 'image';
  return false;
}
