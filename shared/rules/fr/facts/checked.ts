/**
 * Gathering the values a BR-FR check runs on (facts/types.ts `CheckedValue`) from an element's
 * children, without collecting those children in lists first: the adapters do this several times
 * on each line of invoices that have thousands.
 */
import type { XmlElement } from '../../../xml';
import type { CheckedValue, Place, Value, VatCategoryFacts } from './types';
import { nextChild, stringValue } from './walk';

/** A check and the term its messages name. */
export interface Checked {
  readonly check: string;
  readonly term: string;
}

/**
 * An element's value with its check, in one object that is its own `value` (a long invoice has
 * several per line); its place is made when asked for, which only a finding does.
 */
class CheckedElement implements CheckedValue, Value {
  readonly text: string;

  constructor(
    readonly check: string,
    readonly term: string,
    private readonly element: XmlElement,
  ) {
    this.text = stringValue(element);
  }

  get value(): Value {
    return this;
  }

  get place(): Place {
    return { node: this.element };
  }
}

/** The element's value, checked by `check`. */
export function checkedElement({ check, term }: Checked, element: XmlElement): CheckedValue {
  return new CheckedElement(check, term, element);
}

/**
 * The value of each child of `parent` with this name, from index `from` on: the index of the
 * first such child, or -1 for none.
 */
export function addChildValuesFrom(
  into: CheckedValue[],
  parent: XmlElement,
  from: number,
  namespace: string,
  localName: string,
  checked: Checked,
): void {
  for (let i = from; i !== -1; i = nextChild(parent, i + 1, namespace, localName))
    into.push(checkedElement(checked, parent.children[i] as XmlElement));
}

/** The value of each child of `parent` with this name. */
export function addChildValues(
  into: CheckedValue[],
  parent: XmlElement,
  namespace: string,
  localName: string,
  checked: Checked,
): void {
  const from = nextChild(parent, 0, namespace, localName);
  addChildValuesFrom(into, parent, from, namespace, localName, checked);
}

/** A namespace and a local name. */
export type QualifiedName = readonly [namespace: string, localName: string];

/** The value of each grandchild at `child/grandchild` below `parent` (XPath `a/b`, in order). */
export function addGrandchildValues(
  into: CheckedValue[],
  parent: XmlElement,
  child: QualifiedName,
  grandchild: QualifiedName,
  checked: Checked,
): void {
  const [namespace, localName] = child;
  for (let i = nextChild(parent, 0, namespace, localName); i !== -1; ) {
    addChildValues(into, parent.children[i] as XmlElement, grandchild[0], grandchild[1], checked);
    i = nextChild(parent, i + 1, namespace, localName);
  }
}

/** A VAT category read from an element; its place is made when a finding asks for it. */
class ElementVatCategory implements VatCategoryFacts {
  constructor(
    readonly kind: VatCategoryFacts['kind'],
    private readonly element: XmlElement,
    readonly category: Value | undefined,
    readonly categoryMayBeAbsent: boolean,
    readonly rate: Value | undefined,
  ) {}

  get place(): Place {
    return { node: this.element };
  }
}

export function vatCategoryOf(
  kind: VatCategoryFacts['kind'],
  element: XmlElement,
  category: Value | undefined,
  categoryMayBeAbsent: boolean,
  rate: Value | undefined,
): VatCategoryFacts {
  return new ElementVatCategory(kind, element, category, categoryMayBeAbsent, rate);
}
