/**
 * Membership of one value in the list of one BR-CL rule, in one syntax, through the shared
 * look-up (shared/codes: same trimming, same case rules, same per-element and per-ancestor
 * lists as the schematron). Answers are cached by value: a document repeats the same few codes
 * (EUR, C62, S) on every line.
 */
import {
  type CodeContext,
  type CodeListRuleId,
  type CodeRuleSyntaxData,
  isAllowedCode,
  type Syntax,
} from '../../../codes';
import { conventionalPrefix } from '../../../syntax/namespaces';
import type { XmlElement } from '../../../xml';

/** Enough for every distinct code of a large document; cleared when full (hostile input). */
const CACHE_LIMIT = 4096;

export class CodeChecker {
  private readonly cache = new Map<string, boolean>();
  /** Some branch applies to one element only (UBL BR-CL-01). */
  private readonly byElement: boolean;
  /** Ancestors some branch depends on (UBL BR-CL-10: SEPA for seller and payee). */
  private readonly ancestorNames: ReadonlySet<string>;
  private readonly dependsOnPlace: boolean;
  private readonly everywhere: CodeContext;
  private lastValue: string | undefined;
  private lastAllowed = false;

  constructor(
    readonly rule: CodeListRuleId,
    readonly syntax: Syntax,
    data: CodeRuleSyntaxData,
  ) {
    this.byElement = data.branches.some((branch) => branch.element !== undefined);
    this.ancestorNames = new Set(data.branches.flatMap((branch) => branch.ancestors ?? []));
    this.dependsOnPlace = this.byElement || this.ancestorNames.size > 0;
    this.everywhere = { syntax };
  }

  /** Whether `value`, found at `element` (the rule's context node), is in the list. */
  allows(value: string, element: XmlElement): boolean {
    // Most lists depend on the value alone, and the same value comes again and again (EUR on
    // every amount): it is compared with the last one before any look-up.
    if (!this.dependsOnPlace && value === this.lastValue) return this.lastAllowed;
    const allowed = this.lookUp(value, element);
    if (!this.dependsOnPlace) {
      this.lastValue = value;
      this.lastAllowed = allowed;
    }
    return allowed;
  }

  private lookUp(value: string, element: XmlElement): boolean {
    // Most lists depend on the value alone: no per-call context to build.
    const where = this.dependsOnPlace ? this.whereOf(element) : this.everywhere;
    const key = this.dependsOnPlace
      ? `${where.element ?? ''}\u0001${where.ancestors?.join(' ') ?? ''}\u0001${value}`
      : value;
    let allowed = this.cache.get(key);
    if (allowed === undefined) {
      allowed = isAllowedCode(this.rule, value, where);
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(key, allowed);
    }
    return allowed;
  }

  /**
   * A corrected spelling the list accepts (trimmed, upper- or lower-cased), to propose in the
   * message; undefined when none.
   */
  suggestionFor(value: string, element: XmlElement): string | undefined {
    const trimmed = value.trim();
    for (const candidate of [trimmed, trimmed.toUpperCase(), trimmed.toLowerCase()]) {
      if (candidate !== value && candidate !== '' && this.allows(candidate, element)) {
        return candidate;
      }
    }
    return undefined;
  }

  private whereOf(element: XmlElement): CodeContext {
    const ancestors: string[] = [];
    if (this.ancestorNames.size > 0) {
      for (let up = element.parent; up !== undefined; up = up.parent) {
        const name = prefixedName(up);
        if (this.ancestorNames.has(name)) ancestors.push(name);
      }
    }
    return {
      syntax: this.syntax,
      ...(this.byElement ? { element: prefixedName(element) } : {}),
      ...(this.ancestorNames.size > 0 ? { ancestors } : {}),
    };
  }
}

/** The element's name as the schematron writes it (`cbc:CreditNoteTypeCode`). */
function prefixedName(element: XmlElement): string {
  return `${conventionalPrefix(element.namespace) ?? '*'}:${element.localName}`;
}
