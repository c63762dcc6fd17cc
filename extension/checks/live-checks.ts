/**
 * The live checks on the portal page: when the clerk has stopped typing for a moment, the form is
 * read back (extension/fill/read.ts) and sent to the service worker, which answers with the
 * issues of the form (background-checks.ts); they are then drawn in one animation frame: an
 * outline and a note on each field, a summary, and a notice on « Valider et envoyer ».
 *
 * Never blocks the page: listeners are passive and never cancel anything, values and the form's
 * structure are never changed (fields get a data attribute that a scoped style outlines), and the
 * work on the page is a read of the form and a redraw.
 */
import { render } from 'preact';
import type { PortalFieldRef, PortalFormValues } from '../../shared/chorus/portal-model';
import type { LocalizedText } from '../../shared/i18n/text';
import type { Severity } from '../../shared/rules/finding';
import type { Corrections } from '../fill/locate';
import type { Result } from '../messaging/protocol';
import { OWN_ELEMENT_ATTRIBUTE } from '../picker/picker';
import type { PageSettings } from './page-settings';
import { elementKey, MEASURE, readFormInSlices } from './read-slices';
import type { FormCheckReport, FormIssue } from './report';
import { type FieldElements, goToField, hasValue, visibleOf } from './targets';
import {
  type ChecksViewModel,
  checksView,
  MARK_ATTRIBUTE,
  type NoteView,
  PAGE_CSS,
  PULSE_ATTRIBUTE,
} from './view';

/** The checks run once the clerk has stopped for this long. */
export const IDLE_MS = 300;
/** Width of the notice on the submit button (view.ts CSS). */
const ALERT_WIDTH = 300;
/** Messages a note shows for one field; the summary has them all. */
const MESSAGES_PER_NOTE = 2;
/**
 * The recipient's obligations (CHORUS-23…27) are news about a field the clerk may not have visited
 * yet (the EJ the chosen recipient demands): they show at once, where an empty field the clerk has
 * not reached yet does not get « required » written next to it before the clerk gets there.
 */
const SHOWN_AT_ONCE = /^CHORUS-2[3-7]$/;
const TRIGGERS = ['input', 'change', 'focusout', 'click'] as const;
const STYLE_ATTRIBUTE = 'data-chorus-assist-checks';

export interface LiveChecksDeps {
  readonly settings: PageSettings;
  readonly loadCorrections: () => Promise<Corrections>;
  /** Sends the form to the service worker (`checkForm`). */
  readonly check: (form: PortalFormValues) => Promise<Result<{ report: FormCheckReport }>>;
  readonly idleMs?: number;
}

export interface LiveChecks {
  /** Checks now (the clerk's pause is not waited for). */
  run(): Promise<void>;
  update(settings: PageSettings): void;
  stop(): void;
}

/** Our own elements (toolbar, checks, picker): their events are not the clerk's work on the form. */
function isOwn(target: Element): boolean {
  return target.closest(`[${OWN_ELEMENT_ATTRIBUTE}]`) !== null;
}

interface FieldNote {
  readonly elements: FieldElements;
  severity: Severity;
  readonly messages: string[];
}

export function createLiveChecks(
  doc: Document,
  container: HTMLElement,
  deps: LiveChecksDeps,
): LiveChecks {
  const view = doc.defaultView ?? window;
  let settings = deps.settings;
  let report: FormCheckReport | undefined;
  /** Where each value of the last read came from (`key#row` → element). */
  let elements: ReadonlyMap<string, Element> = new Map();
  let status: LocalizedText | undefined;
  let generation = 0;
  let running = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  /** Fields the clerk (or a fill) has been through. */
  let touched = new WeakSet<Element>();
  /** Fields changed since the form was last read: the report does not know their new value. */
  let changed = new WeakSet<Element>();
  let focused: Element | null = null;
  let revealAll = false;
  let onSubmit = false;
  let submitButton: Element | undefined;
  const marked = new Set<Element>();

  /** Sets the outlines (and the pulse) on these elements, and takes them off the others. */
  function mark(wanted: ReadonlyMap<Element, { severity: Severity; pulse: boolean }>): void {
    for (const element of marked) {
      if (wanted.has(element)) continue;
      element.removeAttribute(MARK_ATTRIBUTE);
      element.removeAttribute(PULSE_ATTRIBUTE);
      marked.delete(element);
    }
    for (const [element, { severity, pulse }] of wanted) {
      if (element.getAttribute(MARK_ATTRIBUTE) !== severity)
        element.setAttribute(MARK_ATTRIBUTE, severity);
      if (pulse !== element.hasAttribute(PULSE_ATTRIBUTE))
        element.toggleAttribute(PULSE_ATTRIBUTE, pulse);
      marked.add(element);
    }
  }

  function find(field: PortalFieldRef): FieldElements | undefined {
    const control = elements.get(elementKey(field.key, field.row));
    return control?.isConnected ? { control, visible: visibleOf(control) } : undefined;
  }

  function notesOf(issues: readonly FormIssue[]) {
    const notes = new Map<Element, FieldNote>();
    const items: ChecksViewModel['items'][number][] = [];
    issues.forEach((issue, n) => {
      const located = issue.field === undefined ? undefined : find(issue.field);
      const message = issue.message[settings.language];
      items.push({
        id: `${n}`,
        severity: issue.severity,
        message,
        ...(issue.label === undefined ? {} : { label: issue.label[settings.language] }),
        ...(located === undefined ? {} : { go: () => goToField(located) }),
      });
      if (located === undefined || issue.severity === 'info') return;
      const { control } = located;
      if (changed.has(control)) return;
      const shown =
        revealAll || touched.has(control) || hasValue(control) || SHOWN_AT_ONCE.test(issue.rule);
      if (!shown) return;
      const note = notes.get(control);
      if (note === undefined) {
        notes.set(control, { elements: located, severity: issue.severity, messages: [message] });
      } else {
        note.messages.push(message);
        if (issue.severity === 'fatal') note.severity = 'fatal';
      }
    });
    return { notes, items };
  }

  function draw(): void {
    if (!settings.enabled || report === undefined) {
      mark(new Map());
      render(null, container);
      return;
    }
    const started = performance.now();
    const { notes, items } = notesOf(report.issues);
    const pulse = onSubmit && report.counts.fatal > 0;
    // Every position is read before any outline is written: one layout for the whole frame.
    const origin = container.getBoundingClientRect();
    const views: NoteView[] = [];
    const wanted = new Map<Element, { severity: Severity; pulse: boolean }>();
    for (const [control, note] of notes) {
      const target = note.elements.visible;
      wanted.set(target, { severity: note.severity, pulse: pulse && note.severity === 'fatal' });
      // Not drawn (a folded panel): the summary is enough.
      if ('checkVisibility' in target && !target.checkVisibility()) continue;
      const rect = target.getBoundingClientRect();
      const extra = note.messages.length - MESSAGES_PER_NOTE;
      const open = focused !== null && (focused === control || target.contains(focused));
      const compact = !open && target.closest('td') !== null;
      views.push({
        id: `${views.length}`,
        severity: note.severity,
        messages: [
          ...note.messages.slice(0, MESSAGES_PER_NOTE),
          ...(extra > 0 ? [`+${extra}`] : []),
        ],
        top: (compact ? rect.top - 4 : rect.bottom + 2) - origin.top,
        left: (compact ? rect.right - 8 : rect.left) - origin.left,
        minWidth: Math.min(rect.width, 420),
        open,
        compact,
      });
    }
    const button = pulse ? submitButton?.getBoundingClientRect() : undefined;
    const model: ChecksViewModel = {
      language: settings.language,
      counts: report.counts,
      notes: views,
      items,
      ...(status === undefined ? {} : { status: status[settings.language] }),
      ...(button === undefined
        ? {}
        : {
            alert: {
              top: button.top - origin.top - 6,
              // Its right edge on the button's: the button sits at the right of the form.
              left: Math.max(0, button.right - origin.left - ALERT_WIDTH),
              fatal: report.counts.fatal,
            },
          }),
      expand: pulse,
    };
    mark(wanted);
    render(checksView(model), container);
    performance.measure(MEASURE, { start: started });
  }

  /** Redraws in the next animation frame, once however many times it is asked. */
  function paint(): void {
    if (frame !== 0) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      draw();
    });
  }

  async function run(): Promise<void> {
    if (!settings.enabled) return;
    if (running) {
      schedule();
      return;
    }
    running = true;
    const started = generation;
    try {
      const corrections = await deps.loadCorrections();
      changed = new WeakSet();
      const read = await readFormInSlices(doc, corrections);
      const answer = await deps.check(read.form);
      if (answer.ok) {
        report = answer.report;
        elements = read.elements;
        submitButton = read.submitButton;
        status = undefined;
      } else {
        status = answer.error.message;
      }
    } catch {
      status = {
        fr: 'Contrôles indisponibles pour le moment.',
        en: 'Checks unavailable for now.',
      };
    } finally {
      running = false;
    }
    // A change during the check: its own check follows, the answer to this one is already old.
    if (generation === started) paint();
  }

  function schedule(): void {
    generation += 1;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), deps.idleMs ?? IDLE_MS);
  }

  function onSubmitButton(event: Event): boolean {
    const target = event.target;
    return submitButton !== undefined && target instanceof Node && submitButton.contains(target);
  }

  const onChange = (event: Event) => {
    const target = event.target;
    if (!(target instanceof Element) || isOwn(target)) return;
    if (event.type !== 'click') touched.add(target);
    if (event.type === 'input' || event.type === 'change') changed.add(target);
    schedule();
  };
  const onEnter = (event: Event) => {
    const target = event.target;
    if (event.type === 'focusin' && target instanceof Element && !isOwn(target)) {
      focused = target;
      if (report !== undefined && report.issues.length > 0) paint();
    }
    if (!onSubmitButton(event) || onSubmit) return;
    onSubmit = true;
    revealAll = true;
    paint();
  };
  const onLeave = (event: Event) => {
    if (!onSubmit || !onSubmitButton(event)) return;
    const next = (event as MouseEvent | FocusEvent).relatedTarget;
    if (next instanceof Node && submitButton?.contains(next)) return;
    onSubmit = false;
    paint();
  };
  const onLayout = () => {
    if (marked.size > 0) paint();
  };

  // One signal takes every listener away on stop.
  const listening = new AbortController();
  const options = { capture: true, passive: true, signal: listening.signal } as const;
  for (const type of TRIGGERS) doc.addEventListener(type, onChange, options);
  doc.addEventListener('focusin', onEnter, options);
  doc.addEventListener('mouseover', onEnter, options);
  doc.addEventListener('focusout', onLeave, options);
  doc.addEventListener('mouseout', onLeave, options);
  doc.addEventListener('scroll', onLayout, options);
  view.addEventListener('resize', onLayout, options);
  const resize = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(onLayout);
  resize?.observe(doc.body);
  if (doc.head.querySelector(`style[${STYLE_ATTRIBUTE}]`) === null) {
    const style = doc.createElement('style');
    style.setAttribute(STYLE_ATTRIBUTE, '');
    style.textContent = PAGE_CSS;
    doc.head.append(style);
  }

  return {
    run,
    update(next) {
      const was = settings;
      settings = next;
      if (!next.enabled) {
        clearTimeout(timer);
        report = undefined;
        status = undefined;
        touched = new WeakSet();
        revealAll = false;
        paint();
      } else if (!was.enabled) {
        void run();
      } else if (was.language !== next.language) {
        paint();
      }
    },
    stop() {
      clearTimeout(timer);
      if (frame !== 0) view.cancelAnimationFrame(frame);
      listening.abort();
      resize?.disconnect();
      doc.head.querySelector(`style[${STYLE_ATTRIBUTE}]`)?.remove();
      mark(new Map());
      render(null, container);
    },
  };
}
