/**
 * Applies a fill plan (shared/chorus/portal-plan.ts) to the portal page: header fields in order,
 * waiting for the fields that depend on an earlier one (services after the SIRET); lines through
 * the page's own « Ajouter une ligne », filled row by row in page order; the VAT recap and the
 * amounts the page computes are compared and set only when editable and different; every change
 * is journaled for undo. It NEVER clicks a submit control, and stops any form submission the page
 * attempts while it fills.
 */

import { compareFixed, parseFixed } from '../../shared/chorus/portal-decimal';
import {
  PORTAL_FORM_FIELDS,
  PORTAL_LINES,
  PORTAL_VAT_RECAP,
  type PortalFieldEntry,
  type PortalFormFieldKey,
  type PortalMappingKey,
} from '../../shared/chorus/portal-form';
import type { FillPlan, FillStep, PlanValue, RecapTarget } from '../../shared/chorus/portal-plan';
import {
  chooseVatRate,
  findOption,
  fromPortalDecimal,
  rateOfOptionLabel,
  toPortalDate,
  toPortalDecimal,
} from '../../shared/chorus/portal-values';
import {
  fileOf,
  inPage,
  pageClock,
  type SetOptions,
  setFiles,
  setSelect,
  setText,
  submitsForm,
  widgetShowsSelection,
} from './adapters';
import { bodyOf, CONTROL_SELECTOR, isDisabled, isReadOnly, optionsOf, ownText } from './dom';
import type { FillJournal } from './journal';
import { type Corrections, type Location, PortalLocator } from './locate';
import { countOutcomes, type FieldOutcome, type FieldReport, type FillReport } from './report';
import { waitFor } from './wait';

export interface FillSettings {
  readonly corrections?: Corrections;
  /** How long to wait for a field that depends on another (lookups of the portal). */
  readonly dependentWaitMs?: number;
  /** How long to wait for a field, a list or a row the page has not drawn yet. */
  readonly lateWaitMs?: number;
}

interface Applied {
  readonly outcome: FieldOutcome;
  readonly pageValue?: string;
  readonly rounded?: boolean;
  readonly widgetStale?: boolean;
  /** The manual-rate option was chosen: the rate goes into the next field. */
  readonly manualRate?: string;
}

/** Cells of the lines and recap tables: focus and blur as events (see FocusMode). */
const IN_TABLE: SetOptions = { focus: 'events' };

const DEFAULT_DEPENDENT_WAIT_MS = 5000;
const DEFAULT_LATE_WAIT_MS = 1500;

function sameNumber(a: string | undefined, b: string): boolean {
  const x = a === undefined ? undefined : parseFixed(a);
  const y = parseFixed(b);
  return x !== undefined && y !== undefined && compareFixed(x, y) === 0;
}

/** Whether the element can take the value now (enabled; for a list, the wanted option is there). */
function ready(value: PlanValue): (element: Element) => boolean {
  return (element) => {
    if (isDisabled(element)) return false;
    if (value.kind === 'option' && element instanceof HTMLSelectElement) {
      return findOption(optionsOf(element), value.wanted) !== undefined;
    }
    if (value.kind === 'vat-rate' && element instanceof HTMLSelectElement) {
      return chooseVatRate(value.rate, optionsOf(element)) !== undefined;
    }
    return true;
  };
}

class PlanRunner {
  readonly fields: FieldReport[] = [];
  rowsAdded = 0;
  extraRows = 0;
  recapRatesWithoutRow: string[] = [];
  private readonly locator: PortalLocator;
  private readonly dependentWaitMs: number;
  private readonly lateWaitMs: number;

  constructor(
    private readonly doc: Document,
    private readonly journal: FillJournal,
    settings: FillSettings,
  ) {
    this.locator = new PortalLocator(doc, settings.corrections);
    this.dependentWaitMs = settings.dependentWaitMs ?? DEFAULT_DEPENDENT_WAIT_MS;
    this.lateWaitMs = settings.lateWaitMs ?? DEFAULT_LATE_WAIT_MS;
  }

  private report(key: PortalMappingKey, location: Location, applied: Applied, row?: number): void {
    const { manualRate: _manual, ...rest } = applied;
    this.fields.push({
      key,
      ...(row === undefined ? {} : { row }),
      ...rest,
      ...(location.element === undefined
        ? { tried: location.tried }
        : { strategy: location.strategy }),
    });
  }

  /** Sets one value on one element, journaling what it replaces. */
  private apply(
    element: Element,
    entry: PortalFieldEntry,
    value: PlanValue,
    set: SetOptions = {},
  ): Applied {
    if (value.kind === 'option' || value.kind === 'vat-rate') {
      if (!(element instanceof HTMLSelectElement)) return { outcome: 'failed' };
      const options = optionsOf(element);
      let wantedValue: string;
      let manualRate: string | undefined;
      if (value.kind === 'option') {
        const found = findOption(options, value.wanted);
        if (found === undefined)
          return { outcome: isDisabled(element) ? 'skipped-disabled' : 'no-option' };
        wantedValue = found.value;
      } else {
        const choice = chooseVatRate(value.rate, options);
        if (choice === undefined)
          return { outcome: isDisabled(element) ? 'skipped-disabled' : 'no-option' };
        wantedValue = choice.option.value;
        if (choice.kind === 'manual') manualRate = choice.rate;
      }
      const extra = manualRate === undefined ? {} : { manualRate };
      if (element.value === wantedValue) return { outcome: 'unchanged', ...extra };
      if (isDisabled(element)) return { outcome: 'skipped-disabled' };
      this.journal.value(element);
      setSelect(element, wantedValue, set);
      return {
        outcome: 'filled',
        ...extra,
        ...(widgetShowsSelection(element) ? {} : { widgetStale: true }),
      };
    }

    if (value.kind === 'file') {
      if (!(element instanceof HTMLInputElement) || element.type !== 'file')
        return { outcome: 'failed' };
      if (isDisabled(element)) return { outcome: 'skipped-disabled' };
      const current = element.files?.[0];
      if (
        current !== undefined &&
        current.name === value.file.filename &&
        element.files?.length === 1
      ) {
        return { outcome: 'unchanged' };
      }
      let file: File;
      try {
        file = fileOf(value.file.filename, value.file.mimeCode, value.file.content);
      } catch {
        // Content that is not base64: nothing is put in the input.
        return { outcome: 'invalid-value' };
      }
      this.journal.files(element);
      return { outcome: setFiles(element, [file], set) ? 'filled' : 'unsupported' };
    }

    if (element instanceof HTMLSelectElement) {
      // A text value for a list: the option with that value or label.
      const text = value.kind === 'text' ? value.text : value.value;
      return this.apply(element, entry, {
        kind: 'option',
        wanted: [
          { by: 'value', value: text },
          { by: 'label', label: text },
        ],
      });
    }
    if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement))
      return { outcome: 'failed' };

    let text: string;
    let rounded = false;
    if (value.kind === 'decimal') {
      const written = toPortalDecimal(value.value, entry.decimals ?? { min: 0, max: 6 });
      if (written === undefined) return { outcome: 'invalid-value' };
      text = written.text;
      rounded = written.rounded;
      const shown = fromPortalDecimal(element.value);
      if (sameNumber(shown, value.value)) {
        return {
          outcome: entry.computed ? 'computed-same' : 'unchanged',
          ...(rounded ? { rounded } : {}),
        };
      }
      if (entry.computed && (isReadOnly(element) || isDisabled(element))) {
        return { outcome: 'computed-differs', pageValue: element.value };
      }
    } else if (value.kind === 'date') {
      const written = toPortalDate(value.value);
      if (written === undefined) return { outcome: 'invalid-value' };
      text = written;
    } else {
      text = value.text;
    }
    if (element.value === text) return { outcome: 'unchanged' };
    if (isDisabled(element)) return { outcome: 'skipped-disabled' };
    if (isReadOnly(element)) return { outcome: 'skipped-readonly' };
    this.journal.value(element);
    setText(element, text, set);
    return { outcome: 'filled', ...(rounded ? { rounded } : {}) };
  }

  async header(step: FillStep<PortalFormFieldKey>): Promise<void> {
    const entry: PortalFieldEntry = PORTAL_FORM_FIELDS[step.field];
    const isReady = ready(step.value);
    let location = this.locator.field(step.field);
    const found = location.element;
    const emptyList =
      found instanceof HTMLSelectElement && optionsOf(found).every((option) => option.value === '');
    const wait =
      entry.dependsOn !== undefined
        ? this.dependentWaitMs
        : found === undefined || emptyList
          ? this.lateWaitMs
          : 0;
    if ((found === undefined || !isReady(found)) && wait > 0) {
      location = await this.locator.waitForField(step.field, isReady, wait);
    }
    if (location.element === undefined) {
      this.report(step.field, location, { outcome: 'not-found' });
      return;
    }
    this.report(step.field, location, this.apply(location.element, entry, step.value));
  }

  /**
   * Adds one row with the page's « Ajouter une ligne » and returns it (the row that was not there
   * before, wherever the page put it); undefined when the page drew none.
   */
  private async addRow(container: Element): Promise<Element | undefined> {
    const add = this.locator.action('addLine');
    if (add.element === undefined || submitsForm(add.element)) {
      this.report('actions.addLine', add, {
        outcome: add.element === undefined ? 'not-found' : 'failed',
      });
      return undefined;
    }
    const holder = () =>
      container.isConnected ? container : (this.locator.rows('lines').container ?? container);
    // Everything the container held before the click: only a newcomer can be the new row.
    const before = new Set(Array.from(bodyOf(holder()).children));
    const button = add.element as HTMLElement;
    inPage(() => button.click());
    const added = await waitFor(
      this.doc.documentElement,
      () =>
        Array.from(bodyOf(holder()).children).find(
          (child) => !before.has(child) && child.querySelector(CONTROL_SELECTOR) !== null,
        ),
      this.lateWaitMs,
    );
    if (added === undefined) {
      this.report('actions.addLine', add, { outcome: 'failed' });
      return undefined;
    }
    this.journal.row(added, this.locator.action('removeLine', added).element);
    this.rowsAdded += 1;
    return added;
  }

  /**
   * Lines go into the rows the page already has, in page order, then into rows added one at a
   * time: the page recomputes every row after each change, so a row is added only when its line
   * is about to be typed (half the page's work on a long invoice).
   */
  async lines(plan: FillPlan): Promise<void> {
    if (plan.lines.length === 0) return;
    const { container, rows } = this.locator.rows('lines');
    let failed = container === undefined;
    for (const [position, line] of plan.lines.entries()) {
      let row = rows[position];
      if (row === undefined && !failed && container !== undefined) {
        row = await this.addRow(container);
        failed = row === undefined;
      }
      for (const step of line.steps) {
        const key = `lines.${step.field}` as const;
        if (row === undefined) {
          this.report(key, { element: undefined, tried: [] }, { outcome: 'not-found' }, line.line);
          continue;
        }
        const location = this.locator.inRow(row, 'lines', step.field);
        if (location.element === undefined) {
          this.report(key, location, { outcome: 'not-found' }, line.line);
          continue;
        }
        const entry: PortalFieldEntry = PORTAL_LINES.fields[step.field];
        const applied = this.apply(location.element, entry, step.value, IN_TABLE);
        this.report(key, location, applied, line.line);
        if (applied.manualRate !== undefined) {
          await this.manualRate(row, applied.manualRate, line.line);
        }
      }
    }
    this.extraRows = Math.max(0, rows.length - plan.lines.length);
  }

  private async manualRate(row: Element, rate: string, line: number): Promise<void> {
    const key = 'lines.manualVatRate' as const;
    const entry: PortalFieldEntry = PORTAL_LINES.fields.manualVatRate;
    const enabled = await waitFor(
      row,
      () => {
        const location = this.locator.inRow(row, 'lines', 'manualVatRate');
        return location.element !== undefined && !isDisabled(location.element)
          ? location
          : undefined;
      },
      this.lateWaitMs,
    );
    const location = enabled ?? this.locator.inRow(row, 'lines', 'manualVatRate');
    if (location.element === undefined) {
      this.report(key, location, { outcome: 'not-found' }, line);
      return;
    }
    this.report(
      key,
      location,
      this.apply(location.element, entry, { kind: 'decimal', value: rate }),
      line,
    );
  }

  recap(targets: readonly RecapTarget[]): void {
    if (targets.length === 0) return;
    const { rows } = this.locator.rows('vatRecap');
    const matched = new Set<RecapTarget>();
    for (const [position, row] of rows.entries()) {
      const rateCell = this.locator.inRow(row, 'vatRecap', 'rate');
      const shown =
        rateCell.element === undefined ? undefined : rateOfOptionLabel(ownText(rateCell.element));
      const target =
        shown === undefined
          ? undefined
          : targets.find((candidate) => sameNumber(shown, candidate.rate));
      if (target === undefined) {
        this.report(
          'vatRecap.rate',
          rateCell,
          {
            outcome: rateCell.element === undefined ? 'not-found' : 'computed-differs',
            ...(shown === undefined ? {} : { pageValue: shown }),
          },
          position,
        );
        continue;
      }
      matched.add(target);
      for (const [field, value] of [
        ['base', target.base],
        ['vatAmount', target.vatAmount],
      ] as const) {
        const location = this.locator.inRow(row, 'vatRecap', field);
        const key = `vatRecap.${field}` as const;
        if (location.element === undefined) {
          this.report(key, location, { outcome: 'not-found' }, position);
          continue;
        }
        const entry: PortalFieldEntry = PORTAL_VAT_RECAP.fields[field];
        this.report(
          key,
          location,
          this.apply(location.element, entry, { kind: 'decimal', value }),
          position,
        );
      }
    }
    this.recapRatesWithoutRow = targets
      .filter((target) => !matched.has(target))
      .map((target) => target.rate);
  }
}

/** Fills the page with a plan; the journal gets every change (undo with `journal.undo()`). */
export async function applyPlan(
  doc: Document,
  plan: FillPlan,
  journal: FillJournal,
  settings: FillSettings = {},
): Promise<FillReport> {
  const started = performance.now();
  const pageBefore = pageClock.ms;
  const runner = new PlanRunner(doc, journal, settings);
  let submitBlocked = false;
  // The filler never submits; if a page script tries while values change, it is stopped.
  const stopSubmit = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
    submitBlocked = true;
  };
  doc.addEventListener('submit', stopSubmit, true);
  try {
    for (const step of plan.header) await runner.header(step);
    await runner.lines(plan);
    runner.recap(plan.vatRecap);
    for (const step of plan.trailer) await runner.header(step);
  } finally {
    doc.removeEventListener('submit', stopSubmit, true);
  }
  return {
    fields: runner.fields,
    counts: countOutcomes(runner.fields),
    rowsAdded: runner.rowsAdded,
    extraRows: runner.extraRows,
    recapRatesWithoutRow: runner.recapRatesWithoutRow,
    submitBlocked,
    notes: plan.notes,
    durationMs: Math.round(performance.now() - started),
    pageMs: Math.round(pageClock.ms - pageBefore),
  };
}
