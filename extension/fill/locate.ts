/**
 * Finds the elements of the mapping table (shared/chorus/portal-form.ts) on the current page with
 * their locator strategies, says which strategy found each one (diagnostics) and what was tried
 * when nothing was found. A clerk's correction (extension/picker) is tried first, on the whole
 * page; then the entry's strategies in its block, then on the whole form.
 */
import {
  type LocatorStrategy,
  PORTAL_FORM_ACTIONS,
  PORTAL_FORM_BLOCKS,
  PORTAL_FORM_FIELDS,
  PORTAL_LINES,
  PORTAL_VAT_RECAP,
  type PortalActionKey,
  type PortalFieldEntry,
  type PortalFormBlock,
  type PortalFormFieldKey,
  type PortalLineFieldKey,
  type PortalMappingKey,
  type PortalRecapFieldKey,
  type PortalRowsEntry,
} from '../../shared/chorus/portal-form';
import {
  type ElementDescriptor,
  idHasToken,
  resolveAmong,
  type StrategyTrial,
} from '../../shared/chorus/portal-match';
import { normalizeLabel } from '../../shared/chorus/portal-text';
import {
  bodyOf,
  type CandidateKind,
  CONTROL_SELECTOR,
  candidatesIn,
  describeElement,
  headerCellsOf,
  indexLabels,
  ownText,
} from './dom';
import { waitFor } from './wait';

/** A clerk's corrections: mapping key → the strategy to try first. */
export type Corrections = Partial<Record<PortalMappingKey, LocatorStrategy>>;

export interface Located<E extends Element = Element> {
  readonly element: E;
  /** The strategy that found it (`label « Numéro de facture »`), or `correction: …`. */
  readonly strategy: string;
  readonly tried: readonly StrategyTrial[];
}
export interface NotLocated {
  readonly element: undefined;
  readonly tried: readonly StrategyTrial[];
}
export type Location<E extends Element = Element> = Located<E> | NotLocated;

export type RowScope = 'lines' | 'vatRecap';
export type RowFieldKey<S extends RowScope> = S extends 'lines'
  ? PortalLineFieldKey
  : PortalRecapFieldKey;

const ROWS: {
  readonly lines: PortalRowsEntry<PortalLineFieldKey>;
  readonly vatRecap: PortalRowsEntry<PortalRecapFieldKey>;
} = {
  lines: PORTAL_LINES,
  vatRecap: PORTAL_VAT_RECAP,
};

function kindOf(entry: PortalFieldEntry): CandidateKind {
  if (entry.kind === 'display') return 'display';
  if (entry.kind === 'hidden') return 'hidden';
  return 'control';
}

const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, legend, .panel-title, caption';
const BLOCK_SELECTOR = 'section, fieldset, .panel, [role=region], [role=group]';

export class PortalLocator {
  private readonly descriptors = new WeakMap<Element, ElementDescriptor>();
  private readonly blocks = new Map<PortalFormBlock, Element | null>();
  private labels: Map<string, string[]> | undefined;
  private rowDescriptors = new WeakMap<Element, (element: Element) => ElementDescriptor>();

  constructor(
    readonly root: Document,
    private readonly corrections: Corrections = {},
  ) {}

  /** Forgets what was read: call after the page redrew. */
  refresh(): void {
    this.blocks.clear();
    this.labels = undefined;
    this.rowDescriptors = new WeakMap();
  }

  private labelIndex(): Map<string, string[]> {
    this.labels ??= indexLabels(this.root);
    return this.labels;
  }

  private describe = (element: Element): ElementDescriptor => {
    let descriptor = this.descriptors.get(element);
    if (descriptor === undefined) {
      descriptor = describeElement(element, this.labelIndex());
      this.descriptors.set(element, descriptor);
    }
    return descriptor;
  };

  /** The container of a block: an element whose id holds the block's token, else its heading's panel. */
  block(block: PortalFormBlock): Element | undefined {
    const known = this.blocks.get(block);
    if (known !== undefined) return known ?? undefined;
    const spec = PORTAL_FORM_BLOCKS[block];
    let found: Element | null = null;
    for (const element of Array.from(this.root.querySelectorAll(`[id*="${spec.id}"]`))) {
      if (idHasToken(element.id, spec.id)) {
        found = element;
        break;
      }
    }
    if (found === null) {
      const wanted = spec.headings.map(normalizeLabel);
      for (const heading of Array.from(this.root.querySelectorAll(HEADING_SELECTOR))) {
        if (wanted.includes(normalizeLabel(ownText(heading)))) {
          found = heading.closest(BLOCK_SELECTOR) ?? heading.parentElement?.parentElement ?? null;
          if (found !== null) break;
        }
      }
    }
    this.blocks.set(block, found);
    return found ?? undefined;
  }

  private resolve(
    key: PortalMappingKey,
    scopes: readonly ParentNode[],
    kind: CandidateKind,
    strategies: readonly LocatorStrategy[],
    describe: (element: Element) => ElementDescriptor = this.describe,
  ): Location {
    const tried: StrategyTrial[] = [];
    const correction = this.corrections[key];
    const last = scopes[scopes.length - 1];
    if (correction !== undefined && last !== undefined) {
      const result = resolveAmong(candidatesIn(last, kind), describe, [correction]);
      if (result.found !== undefined) {
        return { element: result.found, strategy: `correction: ${result.strategy}`, tried };
      }
      tried.push(
        ...result.tried.map((trial) => ({ ...trial, strategy: `correction: ${trial.strategy}` })),
      );
    }
    for (const scope of scopes) {
      const result = resolveAmong(candidatesIn(scope, kind), describe, strategies);
      if (result.found !== undefined) {
        return {
          element: result.found,
          strategy: result.strategy,
          tried: [...tried, ...result.tried],
        };
      }
      if (scope === last) tried.push(...result.tried);
    }
    return { element: undefined, tried };
  }

  /** A header field (Cadre, Fournisseur, Destinataire, Références, Montants, Pièces jointes, Commentaire). */
  field(key: PortalFormFieldKey): Location {
    const entry: PortalFieldEntry = PORTAL_FORM_FIELDS[key];
    const block = this.block(entry.block);
    const scopes = block === undefined ? [this.root] : [block, this.root];
    return this.resolve(key, scopes, kindOf(entry), entry.strategies);
  }

  /** The element holding the rows of a table block, and its rows in page order. */
  rows(scope: RowScope): { container: Element | undefined; rows: Element[]; strategy?: string } {
    const entry = ROWS[scope];
    const byId = resolveAmong(
      candidatesIn(this.root, 'container'),
      (element) => ({ id: element.id, labels: [], aria: [] }),
      entry.container,
    );
    let container = byId.found;
    let strategy = byId.found === undefined ? undefined : byId.strategy;
    if (container === undefined) {
      const wanted = entry.headers.map(normalizeLabel);
      for (const table of Array.from(this.root.querySelectorAll('table'))) {
        const headers = headerCellsOf(table).map((cell) => normalizeLabel(ownText(cell)));
        if (wanted.every((header) => headers.includes(header))) {
          container = bodyOf(table);
          strategy = `table headers « ${entry.headers.join(' », « ')} »`;
          break;
        }
      }
    }
    if (container === undefined) return { container: undefined, rows: [] };
    return { container, rows: rowsOf(container), ...(strategy === undefined ? {} : { strategy }) };
  }

  /**
   * Describes the cells of one row once for all its fields (a row's labels sit in the row). Rows
   * are described afresh by each locator: the page renames cells when it redraws a table.
   */
  private rowDescriber(row: Element): (element: Element) => ElementDescriptor {
    let cache = this.rowDescriptors.get(row);
    if (cache === undefined) {
      const labels = indexLabels(row);
      const descriptors = new Map<Element, ElementDescriptor>();
      cache = (element) => {
        let descriptor = descriptors.get(element);
        if (descriptor === undefined) {
          descriptor = describeElement(element, labels);
          descriptors.set(element, descriptor);
        }
        return descriptor;
      };
      this.rowDescriptors.set(row, cache);
    }
    return cache;
  }

  /** A cell of a row. */
  inRow<S extends RowScope>(row: Element, scope: S, key: RowFieldKey<S>): Location {
    const entry = (ROWS[scope].fields as Record<string, PortalFieldEntry>)[key];
    if (entry === undefined) return { element: undefined, tried: [] };
    const mappingKey = `${scope}.${key}` as PortalMappingKey;
    return this.resolve(mappingKey, [row], kindOf(entry), entry.strategies, this.rowDescriber(row));
  }

  /** A button of the form: « Ajouter une ligne », a row's « Supprimer », the submit buttons. */
  action(key: PortalActionKey, row?: Element): Location {
    const entry = PORTAL_FORM_ACTIONS[key];
    const scopes: ParentNode[] = [];
    if (row !== undefined) scopes.push(row);
    else {
      const block = 'block' in entry ? this.block(entry.block) : undefined;
      if (block !== undefined) scopes.push(block);
      scopes.push(this.root);
    }
    const describe =
      row === undefined
        ? (element: Element) => describeElement(element, this.labelIndex())
        : this.rowDescriber(row);
    return this.resolve(`actions.${key}`, scopes, 'action', entry.strategies, describe);
  }

  /** Waits (MutationObserver, no polling) until the field is found and `ready` says it can be used. */
  async waitForField(
    key: PortalFormFieldKey,
    ready: (element: Element) => boolean,
    timeoutMs: number,
  ): Promise<Location> {
    let last: Location = { element: undefined, tried: [] };
    const found = await waitFor(
      this.root.documentElement,
      () => {
        this.refresh();
        last = this.field(key);
        return last.element !== undefined && ready(last.element) ? last : undefined;
      },
      timeoutMs,
    );
    return found ?? last;
  }
}

/** Children of a rows container that hold a control: the rows (a placeholder row « Aucune ligne » has none). */
export function rowsOf(container: Element): Element[] {
  const body = bodyOf(container);
  return Array.from(body.children).filter(
    (child) => child.querySelector(CONTROL_SELECTOR) !== null,
  );
}
