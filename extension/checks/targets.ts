/**
 * The element the clerk sees for a form control (a select2 list's native select is hidden), and
 * what the checks do with it: tell whether it holds a value, take the clerk to it.
 */
import { select2ContainerOf } from '../fill/dom';

export interface FieldElements {
  /** The form control (or the text a display field shows). */
  readonly control: Element;
  /** What to outline and write next to: the select2 widget of a list, else the control. */
  readonly visible: Element;
}

/** The select2 widget drawn for a list, else the control itself. */
export function visibleOf(control: Element): Element {
  if (control instanceof HTMLSelectElement) {
    const widget = select2ContainerOf(control);
    const shown = widget?.closest('.select2-selection, .select2-container') ?? widget;
    if (shown) return shown;
  }
  return control;
}

/** Whether the field holds something: a typed value, a chosen option, a shown text. */
export function hasValue(control: Element): boolean {
  if (
    control instanceof HTMLInputElement ||
    control instanceof HTMLSelectElement ||
    control instanceof HTMLTextAreaElement
  )
    return control.value.trim() !== '';
  return (control.textContent ?? '').trim() !== '';
}

/** Brings a field into view and gives it the focus the clerk would (a select2 list: its widget). */
export function goToField(elements: FieldElements): void {
  elements.visible.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const focusable =
    elements.control instanceof HTMLSelectElement
      ? (elements.visible.closest<HTMLElement>('[tabindex]') ??
        elements.visible.querySelector<HTMLElement>('[tabindex]'))
      : elements.control;
  if (focusable instanceof HTMLElement) focusable.focus({ preventScroll: true });
}
