/**
 * The document a writer builds, element by element, from the paths of a binding table (the same
 * paths the readers follow), and the one placement rule both writers use.
 *
 * The binding says where a value goes relative to its group's element (`cac:Party/cac:PartyName/
 * cbc:Name`), not which existing element to reuse. The rule: each step goes into the first
 * existing element of that name that can still take the rest of the path, else into a new one.
 * "Can take" is decided by the schema's cardinalities (a structure table generated from the XSDs):
 * a second seller identifier needs a new `cac:PartyIdentification`, since its `cbc:ID` is 1..1,
 * but stays in the same `cac:Party`; a second credit transfer needs a new `cac:PaymentMeans`.
 * A text goes into an element without text, an attribute into an element without it, a group
 * occurrence into an element no other occurrence has taken.
 *
 * Marks: a step may carry a mark, the writer's side of a reader's filter (a VAT tax scheme, a
 * charge indicator, a currency): the mark puts into the element what makes the filter select it,
 * and an element marked one way is never reused for a step marked another way. An unmarked
 * element can take a mark later (the UBL invoice period first holding BT-8, then BG-14).
 *
 * Children are kept in schema order as they are inserted; elements of the same name keep the
 * order they were created in.
 */
import type { XmlOutElement } from '../xml/write';

export interface OutElement extends XmlOutElement {
  readonly name: string;
  readonly parent: OutElement | undefined;
  readonly children: OutElement[];
  readonly attributes: [string, string][];
  text: string | undefined;
  /** Key of the mark the element carries, if any. */
  mark: string | undefined;
  /** Taken by a group occurrence (BG-n): no other occurrence may use it. */
  claimed: boolean;
}

export interface ChildRule {
  /** Position in the parent's XSD sequence. */
  readonly order: number;
  readonly repeatable: boolean;
}

/** What the schema (in the chosen profile) lets an element contain. */
export interface Structure {
  /** `undefined` when `parent` may not contain `child`. */
  child(parent: string, child: string): ChildRule | undefined;
  /** Whether the element `child`, inside `parent`, may carry the attribute. */
  attribute(parent: string, child: string, attribute: string): boolean;
}

/** What a mark writes in (or on) the element it marks. */
export interface Mark {
  readonly key: string;
  /** Child elements, by path of qualified names, with their text. */
  readonly children?: readonly (readonly [path: readonly string[], text: string])[];
  /** Attributes of the marked element; a value `undefined` is not written. */
  readonly attributes?: readonly (readonly [name: string, value: string | undefined])[];
}

export type Step =
  | { readonly up: true }
  | { readonly up?: undefined; readonly name: string; readonly mark?: Mark };

/** What the last element of a path must be free for. */
export type Need =
  | { readonly kind: 'text' }
  | { readonly kind: 'attribute'; readonly name: string }
  | { readonly kind: 'group' }
  /** Any element will do (a group spread over shared elements, a container). */
  | { readonly kind: 'any' };

export function newElement(name: string, parent?: OutElement): OutElement {
  return {
    name,
    parent,
    children: [],
    attributes: [],
    text: undefined,
    mark: undefined,
    claimed: false,
  };
}

export function attributeOf(element: OutElement, name: string): string | undefined {
  return element.attributes.find(([n]) => n === name)?.[1];
}

export function setAttribute(element: OutElement, name: string, value: string): void {
  const existing = element.attributes.find(([n]) => n === name);
  if (existing) existing[1] = value;
  else element.attributes.push([name, value]);
}

export class TreeBuilder {
  constructor(
    readonly root: OutElement,
    private readonly structure: Structure,
    /** Called for every element created, after its marks are written. */
    private readonly onCreate?: (element: OutElement, builder: TreeBuilder) => void,
  ) {}

  /**
   * Whether the schema allows every element of the path (and of its marks) below `context`, and
   * the attributes the value needs on the last element. Says nothing of room: see `canPlace`.
   */
  allows(context: OutElement, steps: readonly Step[], attributes: readonly string[] = []): boolean {
    const names: string[] = [];
    for (let e: OutElement | undefined = context; e !== undefined; e = e.parent)
      names.unshift(e.name);
    let leaf = names.at(-1) as string;
    let parent = names.at(-2);
    for (const step of steps) {
      if (step.up) {
        names.pop();
        if (names.length === 0) return false;
      } else {
        const top = names.at(-1) as string;
        if (this.structure.child(top, step.name) === undefined) return false;
        names.push(step.name);
        if (step.mark && !this.allowsMark(top, step.name, step.mark)) return false;
      }
      leaf = names.at(-1) as string;
      parent = names.at(-2);
    }
    if (attributes.length === 0) return true;
    if (parent === undefined) return false;
    return attributes.every((a) => this.structure.attribute(parent as string, leaf, a));
  }

  /** Whether a mark's children and attributes are allowed on `child` inside `parent`. */
  allowsMark(parent: string, child: string, mark: Mark): boolean {
    for (const [name, value] of mark.attributes ?? []) {
      if (value !== undefined && !this.structure.attribute(parent, child, name)) return false;
    }
    for (const [path] of mark.children ?? []) {
      let top = child;
      for (const name of path) {
        if (this.structure.child(top, name) === undefined) return false;
        top = name;
      }
    }
    return true;
  }

  /** Whether the path can be placed from `context` (existing elements or new ones). */
  canPlace(context: OutElement, steps: readonly Step[], need: Need): boolean {
    return this.canHost(context, steps, 0, need);
  }

  /** Places the path (call `canPlace` first) and returns its last element. */
  place(context: OutElement, steps: readonly Step[], need: Need): OutElement {
    let element = context;
    for (let index = 0; index < steps.length; index++) {
      const step = steps[index] as Step;
      if (step.up) {
        if (element.parent === undefined) throw new Error('path goes above the document element');
        element = element.parent;
        continue;
      }
      let next: OutElement | undefined;
      for (const c of element.children) {
        if (
          c.name === step.name &&
          compatible(c, step) &&
          this.canHost(c, steps, index + 1, need)
        ) {
          next = c;
          break;
        }
      }
      if (next === undefined) next = this.create(element, step.name, step.mark);
      else if (step.mark && next.mark === undefined) this.applyMark(next, step.mark);
      element = next;
    }
    return element;
  }

  /** Puts a mark on an element that has none (a filter on a path's context, e.g. a VAT tax). */
  ensureMark(element: OutElement, mark: Mark): void {
    if (element.mark === undefined) this.applyMark(element, mark);
  }

  /** A new child in schema order (after its same-named siblings). */
  create(parent: OutElement, name: string, mark?: Mark): OutElement {
    const rule = this.structure.child(parent.name, name);
    if (rule === undefined) throw new Error(`${parent.name} may not contain ${name}`);
    const element = newElement(name, parent);
    const { children } = parent;
    let at = children.length;
    while (at > 0) {
      const before = this.structure.child(parent.name, (children[at - 1] as OutElement).name);
      if (before !== undefined && before.order <= rule.order) break;
      at--;
    }
    children.splice(at, 0, element);
    if (mark) this.applyMark(element, mark);
    this.onCreate?.(element, this);
    return element;
  }

  private applyMark(element: OutElement, mark: Mark): void {
    element.mark = mark.key;
    for (const [name, value] of mark.attributes ?? []) {
      if (value !== undefined) setAttribute(element, name, value);
    }
    for (const [path, text] of mark.children ?? []) {
      const steps = path.map((name) => ({ name }));
      if (!this.canPlace(element, steps, { kind: 'text' })) continue;
      this.place(element, steps, { kind: 'text' }).text = text;
    }
  }

  private canHost(element: OutElement, steps: readonly Step[], index: number, need: Need): boolean {
    const step = steps[index];
    if (step === undefined) return fits(element, need);
    if (step.up) {
      return element.parent !== undefined && this.canHost(element.parent, steps, index + 1, need);
    }
    const rule = this.structure.child(element.name, step.name);
    if (rule === undefined) return false;
    let sameName = false;
    for (const c of element.children) {
      if (c.name !== step.name) continue;
      sameName = true;
      if (compatible(c, step) && this.canHost(c, steps, index + 1, need)) return true;
    }
    // A new element can take any path below it, unless it goes back up (`..`) past itself.
    return (rule.repeatable || !sameName) && !goesAbove(steps, index + 1);
  }
}

function compatible(element: OutElement, step: { readonly mark?: Mark }): boolean {
  return element.mark === undefined || step.mark === undefined || element.mark === step.mark.key;
}

function fits(element: OutElement, need: Need): boolean {
  switch (need.kind) {
    case 'text':
      return element.text === undefined && element.children.length === 0;
    case 'attribute':
      return attributeOf(element, need.name) === undefined;
    case 'group':
      return !element.claimed && element.text === undefined;
    case 'any':
      return true;
  }
}

/** Whether the steps from `index` climb above the element they start from. */
function goesAbove(steps: readonly Step[], index: number): boolean {
  let depth = 0;
  for (let i = index; i < steps.length; i++) {
    depth += (steps[i] as Step).up ? -1 : 1;
    if (depth < 0) return true;
  }
  return false;
}
