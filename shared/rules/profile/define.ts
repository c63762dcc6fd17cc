/**
 * Building blocks of the profile rules: rules of our own on the CII tree (`profileRule`), and the
 * EN 16931 rules a Factur-X profile schematron keeps unchanged, taken by id and re-labelled for
 * the profile layer (`keptFromEn16931`).
 */
import type { LocalizedText } from '../../i18n/text';
import type { XmlElement } from '../../xml';
import { EN16931_RULES } from '../en16931';
import { NONE, type Rule, type RuleContext, type Violation } from '../rule';
import { UncastableValue } from './xpath';

export interface ProfileRuleSpec {
  /** The id as the profile schematron prints it between brackets (`BR-CO-27`, `BR-FXEXT-04`). */
  readonly id: string;
  /** The artefact's flag: an assertion without flag is an error. */
  readonly flag?: 'fatal' | 'warning';
  readonly bt: readonly string[];
  readonly message: LocalizedText;
  /** Runs on the root `rsm:CrossIndustryInvoice` of a CII document. */
  readonly check: (root: XmlElement, context: RuleContext) => readonly Violation[];
}

/**
 * A Factur-X rule: CII only, on the XML (a model that did not come from XML has none of the
 * Factur-X extension data these rules read). A value the assertion cannot cast fails it there.
 */
export function profileRule(spec: ProfileRuleSpec): Rule {
  const { id, flag = 'fatal', bt, message, check } = spec;
  return {
    id,
    layer: 'profile',
    flag,
    bt,
    message,
    syntax: 'cii',
    check: (context) => {
      const xml = context.xml;
      if (xml === undefined || xml.syntax !== 'cii') return NONE;
      try {
        return check(xml.document.root, context);
      } catch (error) {
        if (error instanceof UncastableValue) return [uncastable(error)];
        throw error;
      }
    },
  };
}

/** The violation for a value the assertion could not read. */
export function uncastable(error: UncastableValue): Violation {
  return {
    node: error.node,
    message: {
      fr: `La valeur de ${error.node.name} ne peut pas être lue (${error.frReason}) : le contrôle échoue. Corrigez cette valeur.`,
      en: `The value of ${error.node.name} cannot be read (${error.enReason}), so the check fails. Correct this value.`,
    },
  };
}

/** Runs one occurrence's test; an unreadable value fails that occurrence only. */
export function eachNode<T>(
  items: Iterable<T>,
  test: (item: T) => Violation | undefined,
): Violation[] {
  const found: Violation[] = [];
  for (const item of items) {
    try {
      const violation = test(item);
      if (violation !== undefined) found.push(violation);
    } catch (error) {
      if (!(error instanceof UncastableValue)) throw error;
      found.push(uncastable(error));
    }
  }
  return found;
}

/** EN 16931 rules by id, as the CII document (or a model) is judged in the en16931 layer. */
const EN_BY_ID: ReadonlyMap<string, Rule> = new Map(
  EN16931_RULES.filter((r) => r.syntax === undefined || r.syntax === 'cii').map((r) => [r.id, r]),
);

/**
 * The EN 16931 rules a profile schematron keeps with the same logic, relabelled for the profile
 * layer. Throws at load time for an id the en16931 layer does not have: a list here is a fact
 * read from the profile schematron, and a typo must not silently drop a rule.
 */
export function keptFromEn16931(ids: readonly string[]): Rule[] {
  return ids.map((id) => {
    const rule = EN_BY_ID.get(id);
    if (rule === undefined) throw new Error(`No EN 16931 rule ${id} to reuse in a profile.`);
    return { ...rule, layer: 'profile' };
  });
}

/** Words for the messages: French first. */
export function text(fr: string, en: string): LocalizedText {
  return { fr, en };
}
