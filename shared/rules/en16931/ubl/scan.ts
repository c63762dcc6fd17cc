/**
 * One walk of a UBL document shared by every UBL syntax-binding rule (through the rule context's
 * memo): the nodes each "must not be present" path reaches, and the elements the other rules take
 * as their context, grouped as the rules ask for them.
 */
import { NS } from '../../../syntax/namespaces';
import type { XmlElement } from '../../../xml';
import type { RuleContext } from '../../rule';
import { CONDITIONAL_PATHS } from './conditional-paths';
import { FORBIDDEN_NODES } from './forbidden.generated';
import { compilePaths, type PathHits } from './forbidden-paths';
import { PathScanner, recordHits, type ScanState } from './path-scanner';

export type UblRoot = 'Invoice' | 'CreditNote';

export type ContextGroup =
  | 'lines'
  | 'addresses'
  | 'Party'
  | 'AdditionalDocumentReference'
  | 'Delivery'
  | 'AllowanceCharge'
  | 'PartyTaxScheme'
  | 'PartyIdentification'
  | 'PayeeParty'
  | 'PaymentMeans'
  | 'BillingReference'
  | 'TaxRepresentativeParty'
  | 'TaxSubtotal'
  | 'PaymentID'
  | 'PaymentMeansCode';

/**
 * Context elements of the rules, by group: each UBL name (in its namespace) goes to one group, so
 * that `cac:InvoiceLine | cac:CreditNoteLine` is one list in document order.
 */
const GROUP_OF: ReadonlyMap<string, readonly [namespace: string, group: ContextGroup]> = new Map([
  ['InvoiceLine', [NS.cac, 'lines']],
  ['CreditNoteLine', [NS.cac, 'lines']],
  ['PostalAddress', [NS.cac, 'addresses']],
  ['Address', [NS.cac, 'addresses']],
  ['Party', [NS.cac, 'Party']],
  ['AdditionalDocumentReference', [NS.cac, 'AdditionalDocumentReference']],
  ['Delivery', [NS.cac, 'Delivery']],
  ['AllowanceCharge', [NS.cac, 'AllowanceCharge']],
  ['PartyTaxScheme', [NS.cac, 'PartyTaxScheme']],
  ['PartyIdentification', [NS.cac, 'PartyIdentification']],
  ['PayeeParty', [NS.cac, 'PayeeParty']],
  ['PaymentMeans', [NS.cac, 'PaymentMeans']],
  ['BillingReference', [NS.cac, 'BillingReference']],
  ['TaxRepresentativeParty', [NS.cac, 'TaxRepresentativeParty']],
  ['TaxSubtotal', [NS.cac, 'TaxSubtotal']],
  ['PaymentID', [NS.cbc, 'PaymentID']],
  ['PaymentMeansCode', [NS.cbc, 'PaymentMeansCode']],
]);

export interface UblScan {
  readonly root: XmlElement;
  /**
   * `Invoice` or `CreditNote` when the root element is `/ubl:Invoice` or `/cn:CreditNote`, the
   * context of the schematron's root rule; `undefined` otherwise (that rule then does not run).
   */
  readonly rootType: UblRoot | undefined;
  /** Nodes reached by the forbidden and conditional paths, by rule id, in document order. */
  readonly hits: PathHits;
  /** Context elements by group, in document order. */
  readonly groups: ReadonlyMap<ContextGroup, readonly XmlElement[]>;
  /** Elements (any namespace) whose name ends with `Amount`, in document order. */
  readonly amounts: readonly XmlElement[];
  /** Elements (any namespace) whose name ends with `BinaryObject`, in document order. */
  readonly binaryObjects: readonly XmlElement[];
}

let sharedScanner: PathScanner | undefined;

/** The scanner of every path, built on first use (module load stays cheap), shared by documents. */
export function pathScanner(): PathScanner {
  sharedScanner ??= new PathScanner(
    compilePaths([
      ...FORBIDDEN_NODES.map(([id, , path]) => [id, path] as const),
      ...CONDITIONAL_PATHS,
    ]),
  );
  return sharedScanner;
}

const MEMO_KEY = 'en16931/ubl/scan';

/** The scan of the context's XML, computed once per document; `undefined` without XML. */
export function ublScan(context: RuleContext): UblScan | undefined {
  const root = context.xml?.document.root;
  if (root === undefined) return undefined;
  const memoized = context.memo.get(MEMO_KEY) as UblScan | undefined;
  if (memoized !== undefined && memoized.root === root) return memoized;
  const scan = scanDocument(root);
  context.memo.set(MEMO_KEY, scan);
  return scan;
}

/** Context elements of a group, in document order. */
export function group(scan: UblScan, name: ContextGroup): readonly XmlElement[] {
  return scan.groups.get(name) ?? [];
}

function rootTypeOf(root: XmlElement): UblRoot | undefined {
  if (root.localName === 'Invoice' && root.namespace === NS.ubl) return 'Invoice';
  if (root.localName === 'CreditNote' && root.namespace === NS.cn) return 'CreditNote';
  return undefined;
}

/** Walks the tree once, in document order. */
export function scanDocument(root: XmlElement): UblScan {
  const rootType = rootTypeOf(root);
  const hits: PathHits = new Map();
  const groups = new Map<ContextGroup, XmlElement[]>();
  const amounts: XmlElement[] = [];
  const binaryObjects: XmlElement[] = [];
  const scanner = rootType === undefined ? undefined : pathScanner();

  const visit = (element: XmlElement, state: ScanState | undefined): void => {
    const { localName } = element;
    const grouped = GROUP_OF.get(localName);
    if (grouped !== undefined && grouped[0] === element.namespace) {
      const list = groups.get(grouped[1]);
      if (list === undefined) groups.set(grouped[1], [element]);
      else list.push(element);
    }
    if (localName.endsWith('Amount')) amounts.push(element);
    else if (localName.endsWith('BinaryObject')) binaryObjects.push(element);
    if (state !== undefined) recordHits(element, state, hits);
  };

  // Pre-order walk, one entry per open element (a stack as deep as the tree, not as wide): the
  // element, the index of its next child, its scan state.
  const open: XmlElement[] = [root];
  const nextChild: number[] = [0];
  const states: (ScanState | undefined)[] = [scanner?.rootState(root)];
  visit(root, states[0]);
  for (let depth = 1; depth > 0; ) {
    const parent = open[depth - 1] as XmlElement;
    const index = nextChild[depth - 1] as number;
    if (index === parent.children.length) {
      depth--;
      continue;
    }
    nextChild[depth - 1] = index + 1;
    const element = parent.children[index] as XmlElement;
    const parentState = states[depth - 1];
    const state =
      scanner === undefined || parentState === undefined
        ? undefined
        : scanner.childState(parentState, element);
    visit(element, state);
    if (element.children.length > 0) {
      open[depth] = element;
      nextChild[depth] = 0;
      states[depth] = state;
      depth++;
    }
  }
  return { root, rootType, hits, groups, amounts, binaryObjects };
}
