/**
 * Lets the clerk correct the mapping for one field by pointing at it: the field under the mouse is
 * highlighted, a click chooses it, Escape cancels. While picking, the page receives no mouse or key
 * event (no select2 opens, nothing is typed, no button — submit included — reacts): the picker
 * never changes a value and never submits.
 */
import {
  type LocatorStrategy,
  mappingEntries,
  type PortalMappingKey,
} from '../../shared/chorus/portal-form';
import { ACTION_SELECTOR, CONTROL_SELECTOR, DISPLAY_SELECTOR, describeElement } from '../fill/dom';
import { strategyFor } from './strategy';

export type PickOutcome =
  | {
      readonly picked: true;
      readonly key: PortalMappingKey;
      readonly strategy: LocatorStrategy;
      /** What was picked, for the clerk to check (no value). */
      readonly element: {
        readonly tag: string;
        readonly id?: string;
        readonly name?: string;
        readonly label?: string;
      };
    }
  | {
      readonly picked: false;
      readonly key: PortalMappingKey;
      readonly reason: 'cancelled' | 'replaced';
    };

export interface Picker {
  readonly done: Promise<PickOutcome>;
  cancel(): void;
}

/** Marks the extension's own elements: captures and the picker leave them out. */
export const OWN_ELEMENT_ATTRIBUTE = 'data-chorus-assist';

type Wanted = 'control' | 'display' | 'action';

function wantedFor(key: PortalMappingKey): { kind: Wanted; label: string } {
  const ref = mappingEntries().find((candidate) => candidate.mappingKey === key);
  if (ref === undefined || ref.scope === 'actions')
    return { kind: 'action', label: ref?.entry.label ?? key };
  return { kind: ref.entry.kind === 'display' ? 'display' : 'control', label: ref.entry.label };
}

/** The element a pointer target stands for: a select2 widget is its hidden select, a label its control. */
export function pickableFrom(target: Element | null, kind: Wanted): Element | undefined {
  if (target === null || target.closest(`[${OWN_ELEMENT_ATTRIBUTE}]`) !== null) return undefined;
  if (kind === 'action') return target.closest(ACTION_SELECTOR) ?? undefined;
  if (kind === 'display') return target.closest(DISPLAY_SELECTOR) ?? undefined;
  const widget = target.closest('.select2-container, .select2');
  if (widget !== null) {
    const before = widget.previousElementSibling;
    if (before instanceof HTMLSelectElement) return before;
    const rendered = widget.querySelector('[id^="select2-"][id$="-container"]');
    const selectId = rendered?.id.slice('select2-'.length, -'-container'.length);
    const select = selectId === undefined ? null : target.ownerDocument.getElementById(selectId);
    if (select instanceof HTMLSelectElement) return select;
  }
  const label = target.closest('label');
  if (label instanceof HTMLLabelElement && label.control !== null) return label.control;
  return target.closest(CONTROL_SELECTOR) ?? undefined;
}

const BLOCKED_EVENTS = [
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'keydown',
  'keypress',
  'keyup',
  'submit',
] as const;

let active: { cancel(reason: 'cancelled' | 'replaced'): void } | undefined;

/** Starts picking the element of one mapping entry; a picker already running is ended. */
export function startPicker(doc: Document, key: PortalMappingKey): Picker {
  active?.cancel('replaced');
  const wanted = wantedFor(key);
  const view = doc.defaultView ?? window;

  const host = doc.createElement('div');
  host.setAttribute(OWN_ELEMENT_ATTRIBUTE, 'picker');
  const shadow = host.attachShadow({ mode: 'open' });
  const box = doc.createElement('div');
  box.style.cssText =
    'position:fixed;pointer-events:none;z-index:2147483646;border:2px solid #000091;background:rgba(0,0,145,.12);border-radius:3px;display:none';
  const hint = doc.createElement('div');
  hint.setAttribute('role', 'status');
  hint.style.cssText =
    'position:fixed;top:8px;left:50%;transform:translateX(-50%);z-index:2147483647;pointer-events:none;padding:6px 10px;font:13px sans-serif;background:#000091;color:#fff;border-radius:4px';
  hint.textContent = `Cliquez sur le champ « ${wanted.label} » — Échap pour annuler`;
  shadow.append(box, hint);
  doc.documentElement.append(host);

  let resolve: (outcome: PickOutcome) => void = () => {};
  const done = new Promise<PickOutcome>((settle) => {
    resolve = settle;
  });

  const highlight = (element: Element | undefined) => {
    if (element === undefined) {
      box.style.display = 'none';
      return;
    }
    const target =
      element instanceof HTMLSelectElement ? (element.nextElementSibling ?? element) : element;
    const rect = target.getBoundingClientRect();
    Object.assign(box.style, {
      display: 'block',
      top: `${rect.top - 2}px`,
      left: `${rect.left - 2}px`,
      width: `${rect.width + 4}px`,
      height: `${rect.height + 4}px`,
    });
  };

  const finish = (outcome: PickOutcome) => {
    for (const type of BLOCKED_EVENTS) view.removeEventListener(type, block, true);
    view.removeEventListener('mouseover', hover, true);
    host.remove();
    if (active === handle) active = undefined;
    resolve(outcome);
  };

  function hover(event: Event) {
    highlight(pickableFrom(event.target as Element | null, wanted.kind));
  }

  function block(event: Event) {
    if ((event.target as Element | null)?.closest?.(`[${OWN_ELEMENT_ATTRIBUTE}]`)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.type === 'keydown' && (event as KeyboardEvent).key === 'Escape') {
      finish({ picked: false, key, reason: 'cancelled' });
      return;
    }
    if (event.type !== 'click') return;
    const element = pickableFrom(event.target as Element | null, wanted.kind);
    const strategy = element === undefined ? undefined : strategyFor(element, key);
    if (element === undefined || strategy === undefined) {
      hint.textContent = `Ce n'est pas un champ utilisable : cliquez sur « ${wanted.label} » — Échap pour annuler`;
      return;
    }
    const { id, name, labels } = describeElement(element);
    finish({
      picked: true,
      key,
      strategy,
      element: {
        tag: element.tagName.toLowerCase(),
        ...(id === undefined ? {} : { id }),
        ...(name === undefined ? {} : { name }),
        ...(labels[0] === undefined ? {} : { label: labels[0] }),
      },
    });
  }

  for (const type of BLOCKED_EVENTS) view.addEventListener(type, block, true);
  view.addEventListener('mouseover', hover, true);

  const handle = {
    cancel: (reason: 'cancelled' | 'replaced') => finish({ picked: false, key, reason }),
  };
  active = handle;
  return { done, cancel: () => handle.cancel('cancelled') };
}
