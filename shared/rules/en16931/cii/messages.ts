import type { LocalizedText } from '../../../i18n/text';
import { conventionalPrefix } from '../../../syntax/namespaces';
import type { XmlElement } from '../../../xml';
import { CONDITIONS } from './conditions';
import { whereOf } from './labels';
import type { CiiSyntaxAssert, Flag } from './table';
import { TERMS_OF_RULES } from './terms';

/**
 * Messages of the regular assertions, built from the paths of the table (the official texts are
 * not ours to copy): what the element is, where it is, what to do. French first.
 */

/** Display of a path: the node it reaches and the steps above it (`ram:A/ram:B` → B under A). */
interface Subject {
  readonly attribute: boolean;
  readonly name: string;
  readonly parent: string;
}

function subjectOf(path: string): Subject {
  const steps = path.split('/');
  const last = steps.pop() ?? path;
  return { attribute: last.startsWith('@'), name: last, parent: steps.join('/') };
}

/** « L'élément X (terme, BT-n ; sous A/B) », or the attribute's equivalent. */
function describe(subject: Subject, id: string): LocalizedText {
  const term = TERMS_OF_RULES[id];
  const detailsFr: string[] = [];
  const detailsEn: string[] = [];
  if (term) {
    detailsFr.push(`${term.name.fr}, ${term.bt.join(', ')}`);
    detailsEn.push(`${term.name.en}, ${term.bt.join(', ')}`);
  }
  if (subject.parent !== '' && !subject.attribute) {
    detailsFr.push(`sous ${subject.parent}`);
    detailsEn.push(`under ${subject.parent}`);
  }
  const fr = detailsFr.length > 0 ? ` (${detailsFr.join(' ; ')})` : '';
  const en = detailsEn.length > 0 ? ` (${detailsEn.join('; ')})` : '';
  if (subject.attribute) {
    const ofFr = subject.parent === '' ? '' : ` de ${subject.parent}`;
    const ofEn = subject.parent === '' ? '' : ` of ${subject.parent}`;
    return {
      fr: `L'attribut ${subject.name}${ofFr}${fr}`,
      en: `The attribute ${subject.name}${ofEn}${en}`,
    };
  }
  return { fr: `L'élément ${subject.name}${fr}`, en: `The element ${subject.name}${en}` };
}

/** An attribute of the context node itself is « sur » it rather than « dans » it. */
function placed(subject: Subject, where: LocalizedText): LocalizedText {
  if (!subject.attribute || subject.parent !== '') return where;
  return { fr: where.fr.replace(/^dans /, 'sur '), en: where.en.replace(/^in /, 'on ') };
}

/** « que » before the condition, elided before a vowel (« qu'avec », « qu'au »). */
function onlyFr(condition: string): string {
  return /^[aeiouàâéèêhy]/i.test(condition) ? `qu'${condition}` : `que ${condition}`;
}

const join = (a: LocalizedText, b: LocalizedText, sep = ' '): LocalizedText => ({
  fr: `${a.fr}${sep}${b.fr}`,
  en: `${a.en}${sep}${b.en}`,
});

function absent(flag: Flag): LocalizedText {
  return flag === 'fatal'
    ? {
        fr: "n'est pas autorisé par la norme EN 16931 : retirez-le.",
        en: 'is not allowed by EN 16931: remove it.',
      }
    : {
        fr: "n'est pas prévu par la norme EN 16931 : le destinataire peut l'ignorer. Retirez-le, ou reportez l'information dans une zone prévue par la norme.",
        en: 'is not part of EN 16931: the recipient may ignore it. Remove it, or put the information in a field the norm provides.',
      };
}

/** The rule's own message; `element` names the context node for contexts that match many. */
export function messageOf(
  context: string,
  assert: CiiSyntaxAssert,
  element?: string,
): LocalizedText {
  const where = whereOf(context, element);
  const [id, flag] = assert;
  switch (assert[2]) {
    case 'absent': {
      const subject = subjectOf(assert[3]);
      return join(join(describe(subject, id), placed(subject, where)), absent(flag));
    }
    case 'atMostOne':
      return join(
        join(describe(subjectOf(assert[3]), id), where),
        flag === 'fatal'
          ? {
              fr: "ne peut figurer qu'une fois : gardez-en un seul.",
              en: 'may appear only once: keep only one.',
            }
          : {
              fr: "ne devrait figurer qu'une fois : gardez-en un seul.",
              en: 'should appear only once: keep only one.',
            },
      );
    case 'exactlyOne':
      return join(
        join(describe(subjectOf(assert[3]), id), where),
        flag === 'fatal'
          ? { fr: 'doit figurer une fois et une seule.', en: 'must appear exactly once.' }
          : { fr: 'devrait figurer une fois et une seule.', en: 'should appear exactly once.' },
      );
    case 'present':
      return join(join(describe(subjectOf(assert[3]), id), where), {
        fr: 'est obligatoire : ajoutez-le.',
        en: 'is required: add it.',
      });
    case 'notBoth':
      return notBoth(assert[3], assert[4], id, where, flag);
    case 'unless': {
      const allowed = CONDITIONS[assert[4]].allowedWhen;
      const subject = subjectOf(assert[3]);
      return join(join(describe(subject, id), placed(subject, where)), {
        fr: `n'est admis ${onlyFr(allowed.fr)} : ${flag === 'fatal' ? 'retirez-le ou corrigez le document' : "le destinataire peut l'ignorer"}.`,
        en: `is allowed only ${allowed.en}: ${flag === 'fatal' ? 'remove it or correct the document' : 'the recipient may ignore it'}.`,
      });
    }
    case 'special':
      throw new Error(`${id}: special rules carry their own message.`);
  }
}

function notBoth(first: string, second: string, id: string, where: LocalizedText, flag: Flag) {
  const a = subjectOf(first);
  const b = subjectOf(second);
  const term = TERMS_OF_RULES[id];
  const termFr = term ? ` (${term.name.fr}, ${term.bt.join(', ')})` : '';
  const termEn = term ? ` (${term.name.en}, ${term.bt.join(', ')})` : '';
  const subject: LocalizedText =
    a.parent === b.parent
      ? {
          fr: `Les éléments ${a.name} et ${b.name} (${term ? `${term.name.fr}, ${term.bt.join(', ')} ; ` : ''}sous ${a.parent})`,
          en: `The elements ${a.name} and ${b.name} (${term ? `${term.name.en}, ${term.bt.join(', ')}; ` : ''}under ${a.parent})`,
        }
      : {
          fr: `Les éléments ${first} et ${second}${termFr}`,
          en: `The elements ${first} and ${second}${termEn}`,
        };
  return join(join(subject, where), {
    fr: `${flag === 'fatal' ? 'ne peuvent pas' : 'ne devraient pas'} être renseignés ensemble : gardez l'un ou l'autre.`,
    en: `${flag === 'fatal' ? 'must not' : 'should not'} be given together: keep one or the other.`,
  });
}

/** For counts: how many were found, appended to the rule's message. */
export function withCount(message: LocalizedText, count: number): LocalizedText {
  return count === 0
    ? { fr: `${message.fr} Il est absent.`, en: `${message.en} It is missing.` }
    : {
        fr: `${message.fr} Il figure ${count} fois.`,
        en: `${message.en} It appears ${count} times.`,
      };
}

/** `ram:GlobalID` whatever prefix the document uses. */
export function conventionalName(element: XmlElement): string {
  if (element.namespace === '') return element.localName;
  return `${conventionalPrefix(element.namespace) ?? '*'}:${element.localName}`;
}
