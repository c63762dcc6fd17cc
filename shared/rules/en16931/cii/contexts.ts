import type { XmlAttribute, XmlElement } from '../../../xml';
import { matchesName, type NameTest, nameTest } from './names';
import type { CiiSyntaxRule, ContextAlternative } from './table';

interface CompiledAlternative {
  readonly rule: number;
  readonly anchored: boolean;
  /** Name tests from the context node upwards (reversed steps). */
  readonly upwards: readonly NameTest[];
  readonly suffix: string | undefined;
  readonly except: NameTest | undefined;
  readonly attribute: { readonly name: string; readonly value: string } | undefined;
}

/**
 * An element's names from the tree's root down to it. Whether a context matches depends on these
 * names and, for a few contexts, on the element's attributes: elements on the same path share
 * their rule, found once.
 */
export interface NamePath {
  readonly namespace: string;
  /** The rule, -1 for none, `UNKNOWN` until found, `BY_ELEMENT` when an attribute decides it. */
  rule: number;
  /** The paths one step further, by local name; another namespace is chained through `sibling`. */
  readonly children: Map<string, NamePath>;
  readonly sibling: NamePath | undefined;
}

const UNKNOWN = -2;
const BY_ELEMENT = -3;

/**
 * Finds, for an element, the first rule of the table whose context matches it. The alternatives
 * that could match an element of a given local name (same last step, or a wildcard whose suffix
 * it ends with) are listed once per local name, in table order, and cached: a document uses a few
 * hundred names, so most elements cost one map lookup. A walk from the root can go further and
 * follow the elements' name paths (`pathOf`, `ruleAt`): a line item's elements then take their
 * rule from a path met before, without testing the names above them again.
 */
export class ContextDispatcher {
  private readonly alternatives: readonly CompiledAlternative[];
  private readonly byLocalName = new Map<string, readonly CompiledAlternative[]>();
  /** The name paths met so far, from the root elements; `paths` counts them. */
  private readonly tops = new Map<string, NamePath>();
  private paths = 0;

  constructor(rules: readonly CiiSyntaxRule[]) {
    this.alternatives = rules.flatMap((rule, index) =>
      rule.match.map((alternative) => compileAlternative(index, alternative)),
    );
  }

  /** Index of the rule that checks this element, or -1. */
  ruleFor(element: XmlElement): number {
    // Indexed: called on every element, and a for…of here allocated an iterator each time.
    const candidates = this.candidates(element.localName);
    for (let i = 0; i < candidates.length; i++) {
      const alternative = candidates[i] as CompiledAlternative;
      if (matches(alternative, element)) return alternative.rule;
    }
    return -1;
  }

  /**
   * The name path of `element` as a child of the element on `parent`, or of the root element when
   * `parent` is undefined (it must be the tree's root: contexts anchored at `/` test that nothing
   * is above). Undefined once PATH_LIMIT paths are known: names come from documents, and one made
   * of endless distinct names must not fill the memory; `startDocument` then forgets them all.
   */
  pathOf(element: XmlElement, parent: NamePath | undefined): NamePath | undefined {
    const known = parent === undefined ? this.tops : parent.children;
    const first = known.get(element.localName);
    for (let path = first; path !== undefined; path = path.sibling) {
      if (path.namespace === element.namespace) return path;
    }
    if (this.paths >= PATH_LIMIT) return undefined;
    this.paths++;
    const path: NamePath = {
      namespace: element.namespace,
      rule: UNKNOWN,
      children: new Map(),
      sibling: first,
    };
    known.set(element.localName, path);
    return path;
  }

  /** `ruleFor(element)`, taken from the element's name path when it has one. */
  ruleAt(element: XmlElement, path: NamePath | undefined): number {
    if (path === undefined) return this.ruleFor(element);
    let rule = path.rule;
    if (rule === UNKNOWN) {
      rule = this.testsAttributes(element.localName) ? BY_ELEMENT : this.ruleFor(element);
      path.rule = rule;
    }
    return rule === BY_ELEMENT ? this.ruleFor(element) : rule;
  }

  /** Called before each document: forgets the name paths if they reached the limit. */
  startDocument(): void {
    if (this.paths < PATH_LIMIT) return;
    this.tops.clear();
    this.paths = 0;
  }

  private testsAttributes(localName: string): boolean {
    return this.candidates(localName).some((alternative) => alternative.attribute !== undefined);
  }

  // No closure in here: one capturing `localName` made the engine allocate a scope for it on
  // every call, cache hit or not (40 bytes per element of the document).
  private candidates(localName: string): readonly CompiledAlternative[] {
    const found = this.byLocalName.get(localName);
    return found === undefined ? this.cache(localName) : found;
  }

  private cache(localName: string): readonly CompiledAlternative[] {
    const found = this.alternatives.filter((a) => {
      const last = a.upwards[0]?.localName;
      return last === undefined ? localName.endsWith(a.suffix ?? '') : last === localName;
    });
    // Names come from documents: bound the cache against one made of endless distinct names.
    if (this.byLocalName.size >= CACHE_LIMIT) this.byLocalName.clear();
    this.byLocalName.set(localName, found);
    return found;
  }
}

const CACHE_LIMIT = 4096;
const PATH_LIMIT = 4096;

function compileAlternative(rule: number, alternative: ContextAlternative): CompiledAlternative {
  return {
    rule,
    anchored: alternative.anchored,
    upwards: alternative.steps.map(nameTest).reverse(),
    suffix: alternative.suffix,
    except: alternative.except === undefined ? undefined : nameTest(alternative.except),
    attribute: alternative.attribute,
  };
}

function matches(alternative: CompiledAlternative, element: XmlElement): boolean {
  // `ends-with(name(), s)`: the qualified name as written ends with s. The suffixes of the table
  // hold no colon, so this is the local name ending with s.
  if (alternative.suffix !== undefined && !element.localName.endsWith(alternative.suffix)) {
    return false;
  }
  if (alternative.except !== undefined && matchesName(element, alternative.except)) return false;
  if (alternative.attribute !== undefined && !hasAttribute(element, alternative.attribute)) {
    return false;
  }
  let node: XmlElement | undefined = element;
  const { upwards } = alternative;
  for (let i = 0; i < upwards.length; i++) {
    const test = upwards[i] as NameTest;
    if (
      node === undefined ||
      (test.localName !== undefined && node.localName !== test.localName) ||
      (test.namespace !== undefined && node.namespace !== test.namespace)
    ) {
      return false;
    }
    node = node.parent;
  }
  return !alternative.anchored || node === undefined;
}

/** `@name = 'value'` on the element: its first unprefixed attribute of that name has that value. */
function hasAttribute(
  element: XmlElement,
  { name, value }: { readonly name: string; readonly value: string },
): boolean {
  const { attributes } = element;
  for (let i = 0; i < attributes.length; i++) {
    const attribute = attributes[i] as XmlAttribute;
    if (attribute.localName === name && attribute.namespace === '') {
      return attribute.value === value;
    }
  }
  return false;
}
