/**
 * The UBL-CR and UBL-DT rules "this element / attribute should not be present", one per row of the
 * generated table, all answered by the single scan of the document (scan.ts). Messages are built
 * from the path: the element or attribute named, and where it sits in business words.
 */
import type { LocalizedText } from '../../../i18n/text';
import { NONE, type Rule, type RuleContext, type RuleFamily, type Violation } from '../../rule';
import { FORBIDDEN_NODES } from './forbidden.generated';
import { placementOf } from './labels';
import { ublScan } from './scan';

/** Violations of a path rule: one per node its path reached, when the root rule applies. */
export function pathHits(context: RuleContext, id: string): readonly Violation[] {
  const scan = ublScan(context);
  if (scan?.rootType === undefined) return NONE;
  const nodes = scan.hits.get(id);
  return nodes === undefined ? NONE : nodes.map((node) => ({ node }));
}

interface ParsedPath {
  readonly anywhere: boolean;
  /** Element steps, each with its alternatives (`(cac:InvoiceLine|cac:CreditNoteLine)`). */
  readonly steps: readonly (readonly string[])[];
  readonly attribute: string | undefined;
}

function parsePath(path: string): ParsedPath {
  const anywhere = path.startsWith('//');
  const steps = (anywhere ? path.slice(2) : path).split('/');
  const last = steps[steps.length - 1];
  const attribute = last?.startsWith('@') ? last.slice(1) : undefined;
  if (attribute !== undefined) steps.pop();
  return {
    anywhere,
    steps: steps.map((step) => step.replace(/^\(|\)$/g, '').split('|')),
    attribute,
  };
}

const localName = (qname: string) => qname.slice(qname.indexOf(':') + 1);

/** The message and business terms of a path rule. */
export function describeForbidden(
  path: string,
  flag: 'fatal' | 'warning',
): { message: LocalizedText; bt: readonly string[] } {
  const { anywhere, steps, attribute } = parsePath(path);
  const elementSteps = attribute === undefined ? steps.slice(0, -1) : steps;
  const placement = placementOf(elementSteps.map((alternatives) => alternatives.map(localName)));
  const inFr = placement.where.fr === '' ? '' : ` (${placement.where.fr})`;
  const inEn = placement.where.en === '' ? '' : ` (${placement.where.en})`;
  const verdict =
    flag === 'fatal'
      ? { fr: 'est interdit par EN 16931', en: 'is forbidden by EN 16931' }
      : { fr: "n'est pas utilisé par EN 16931", en: 'is not used by EN 16931' };
  const where = anywhere
    ? { fr: "où qu'il se trouve", en: 'wherever it is' }
    : { fr: `chemin depuis la racine : ${path}`, en: `path from the root: ${path}` };

  if (attribute === undefined) {
    const element = (steps[steps.length - 1] ?? []).join(' | ');
    return {
      message: {
        fr: `L'élément ${element}${inFr} ${verdict.fr} (${where.fr}) : retirez-le, ou placez l'information dans un champ prévu par la norme.`,
        en: `The element ${element}${inEn} ${verdict.en} (${where.en}): remove it, or put the information in a field the standard provides.`,
      },
      bt: placement.bt,
    };
  }
  if (steps.length === 0) {
    return {
      message: {
        fr: `L'attribut ${attribute} ${verdict.fr}, sur aucun élément : retirez-le partout où il apparaît.`,
        en: `The attribute ${attribute} ${verdict.en}, on any element: remove it wherever it appears.`,
      },
      bt: [],
    };
  }
  const owner = (steps[steps.length - 1] ?? []).join(' | ');
  return {
    message: {
      fr: `L'attribut ${attribute} de l'élément ${owner}${inFr} ${verdict.fr} (${where.fr}) : retirez l'attribut, la valeur de l'élément suffit.`,
      en: `The attribute ${attribute} of the element ${owner}${inEn} ${verdict.en} (${where.en}): remove the attribute, the element's value is enough.`,
    },
    bt: placement.bt,
  };
}

/** The paths that reached a node (those of the conditional rules too, which are not members). */
const FORBIDDEN_FAMILY: RuleFamily = {
  failing: (context) => {
    const scan = ublScan(context);
    return scan?.rootType === undefined ? [] : scan.hits.keys();
  },
};

export const FORBIDDEN_RULES: readonly Rule[] = FORBIDDEN_NODES.map(([id, flag, path]) => {
  const { message, bt } = describeForbidden(path, flag);
  return {
    id,
    layer: 'en16931',
    flag,
    bt,
    message,
    syntax: 'ubl',
    check: (context) => pathHits(context, id),
    family: FORBIDDEN_FAMILY,
  };
});
