/**
 * From an issue's field (mapping key and row) to the element the clerk sees on the page: the
 * control through the mapping table's locator, and for a select2 list the widget drawn for it
 * (its native select is hidden). Reads only.
 */
import type { PortalFieldRef } from '../../shared/chorus/portal-model';
import { select2ContainerOf } from '../fill/dom';
import type { PortalLocator, RowFieldKey, RowScope } from '../fill/locate';

export interface FieldElements {
  /** The form control (or the text a display field shows). */
  readonly control: Element;
  /** What to outline and write next to: the select2 widget of a list, else the control. */
  readonly visible: Element;
}

function visibleOf(control: Element): Element {
  if (control instanceof HTMLSelectElement) {
    const widget = select2ContainerOf(control);
    const shown = widget?.closest('.select2-selection, .select2-container') ?? widget;
    if (shown) return shown;
  }
  return control;
}

/** Finds fields with one locator; rows are listed once per table. */
export function fieldFinder(
  locator: PortalLocator,
): (field: PortalFieldRef) => FieldElements | undefined {
  const rows = new Map<RowScope, Element[]>();
  const rowsOf = (scope: RowScope) => {
    let found = rows.get(scope);
    if (found === undefined) {
      found = locator.rows(scope).rows;
      rows.set(scope, found);
    }
    return found;
  };
  return (field) => {
    const [scope, key] = field.key.split('.') as [string, string | undefined];
    let control: Element | undefined;
    if (key === undefined) {
      control = locator.field(field.key as Parameters<PortalLocator['field']>[0]).element;
    } else if (scope === 'lines' || scope === 'vatRecap') {
      const row = field.row === undefined ? undefined : rowsOf(scope)[field.row];
      control =
        row === undefined
          ? undefined
          : locator.inRow(row, scope, key as RowFieldKey<typeof scope>).element;
    }
    return control === undefined ? undefined : { control, visible: visibleOf(control) };
  };
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
