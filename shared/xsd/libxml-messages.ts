import type { LocalizedText } from '../i18n/text';
import { displayName, isWildcard } from './element-names';

/** What a libxml2 schema message says, in our words, with the rule id it is reported under. */
export interface TranslatedMessage {
  readonly rule: string;
  readonly message: LocalizedText;
}

/** Rule ids of the XSD layer, one per kind of schema error. */
export const XSD_RULES = {
  unexpectedElement: 'XSD-ELEMENT-UNEXPECTED',
  missingElement: 'XSD-ELEMENT-MISSING',
  invalidValue: 'XSD-VALUE-TYPE',
  codeNotInList: 'XSD-VALUE-CODE',
  patternMismatch: 'XSD-VALUE-PATTERN',
  badLength: 'XSD-VALUE-LENGTH',
  outOfRange: 'XSD-VALUE-RANGE',
  tooManyDigits: 'XSD-VALUE-DIGITS',
  fixedValue: 'XSD-VALUE-FIXED',
  unexpectedAttribute: 'XSD-ATTRIBUTE-UNEXPECTED',
  missingAttribute: 'XSD-ATTRIBUTE-MISSING',
  wrongContent: 'XSD-CONTENT',
  unknownRoot: 'XSD-ROOT',
  notWellFormed: 'XSD-NOT-WELL-FORMED',
  other: 'XSD',
} as const;

/** Who a message is about: an element, or one attribute of it. */
interface Subject {
  readonly element: string;
  readonly attribute?: string;
}

/** "de cbc:X" / "of cbc:X", or the attribute form. */
function ofSubject({ element, attribute }: Subject): LocalizedText {
  return attribute === undefined
    ? { fr: `de ${element}`, en: `of ${element}` }
    : {
        fr: `de l'attribut ${attribute} de ${element}`,
        en: `of attribute ${attribute} of ${element}`,
      };
}

/** Sentence-initial form: "L'élément cbc:X" / "Element cbc:X". */
function theSubject({ element, attribute }: Subject): LocalizedText {
  return attribute === undefined
    ? { fr: `L'élément ${element}`, en: `Element ${element}` }
    : { fr: `L'attribut ${attribute} de ${element}`, en: `Attribute ${attribute} of ${element}` };
}

const MAX_LISTED = 8;

/** "A, B ou C" / "A, B or C", cut after a few names. */
function listOf(names: readonly string[]): LocalizedText {
  const shown = names.slice(0, MAX_LISTED);
  const rest = names.length - shown.length;
  const join = (or: string, more: string): string => {
    if (rest > 0) return `${shown.join(', ')} ${more.replace('{n}', String(rest))}`;
    if (shown.length <= 1) return shown.join('');
    return `${shown.slice(0, -1).join(', ')} ${or} ${shown.at(-1)}`;
  };
  return { fr: join('ou', '(et {n} autres)'), en: join('or', '(and {n} more)') };
}

/** The names of libxml2's "Expected is ( a, b )" list, in the form users see. */
function expectedNames(list: string | undefined): LocalizedText | undefined {
  if (list === undefined) return undefined;
  const names = list
    .split(', ')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const elements = names.filter((name) => !isWildcard(name)).map(displayName);
  const hasWildcard = elements.length < names.length;
  const listed = listOf(elements);
  if (!hasWildcard) return listed;
  const anyOther = { fr: 'un élément d’extension', en: 'an extension element' };
  if (elements.length === 0) return anyOther;
  return { fr: `${listed.fr}, ou ${anyOther.fr}`, en: `${listed.en}, or ${anyOther.en}` };
}

const DECIMAL: LocalizedText = {
  fr: 'un nombre écrit avec un point décimal (ex. 1234.56)',
  en: 'a number written with a decimal point (e.g. 1234.56)',
};

/** What a value of a built-in XSD type looks like, in plain words. */
const TYPE_EXPECTATIONS: Readonly<Record<string, LocalizedText>> = {
  date: { fr: 'une date AAAA-MM-JJ (ex. 2024-03-31)', en: 'a date YYYY-MM-DD (e.g. 2024-03-31)' },
  dateTime: {
    fr: 'une date et heure AAAA-MM-JJThh:mm:ss',
    en: 'a date and time YYYY-MM-DDThh:mm:ss',
  },
  time: { fr: 'une heure hh:mm:ss', en: 'a time hh:mm:ss' },
  decimal: DECIMAL,
  double: { fr: 'un nombre (ex. 1234.56)', en: 'a number (e.g. 1234.56)' },
  integer: { fr: 'un nombre entier', en: 'a whole number' },
  int: { fr: 'un nombre entier', en: 'a whole number' },
  long: { fr: 'un nombre entier', en: 'a whole number' },
  nonNegativeInteger: { fr: 'un nombre entier positif ou nul', en: 'a whole number ≥ 0' },
  positiveInteger: { fr: 'un nombre entier positif', en: 'a whole number ≥ 1' },
  boolean: { fr: 'true ou false', en: 'true or false' },
  base64Binary: { fr: 'un contenu encodé en base64', en: 'base64-encoded content' },
  anyURI: { fr: 'une adresse (URI)', en: 'an address (URI)' },
  language: { fr: 'un code de langue (ex. fr)', en: 'a language code (e.g. fr)' },
};

/**
 * UBL names every element after its representation term (UBL naming rules), and its amounts,
 * quantities, rates and measures are decimals behind local types libxml2 does not name.
 */
const DECIMAL_TERM = /(?:Amount|Quantity|Percent|Rate|Numeric|Measure)$/;

function typeExpectation(type: string | undefined, subject: Subject): LocalizedText {
  const builtIn = type === undefined ? undefined : /^(?:xs|xsd):(\w+)$/.exec(type)?.[1];
  const known = builtIn === undefined ? undefined : TYPE_EXPECTATIONS[builtIn];
  if (known !== undefined) return known;
  if (type === undefined) {
    if (subject.attribute === undefined && DECIMAL_TERM.test(subject.element)) {
      return DECIMAL;
    }
    return {
      fr: 'une valeur du type prévu par le schéma',
      en: 'a value of the type the schema requires',
    };
  }
  const shown = displayName(type);
  return { fr: `une valeur du type ${shown}`, en: `a value of type ${shown}` };
}

/** French users type "12,50": say why it is refused. */
function decimalCommaHint(value: string): LocalizedText | undefined {
  if (!/^\s*[-+]?\d[\d\s]*,\d+\s*$/.test(value)) return undefined;
  const fixed = value.trim().replace(/\s/g, '').replace(',', '.');
  return {
    fr: ` Remplacez la virgule par un point : ${fixed}.`,
    en: ` Use a point instead of the comma: ${fixed}.`,
  };
}

function text(fr: string, en: string): LocalizedText {
  return { fr, en };
}

type Translator = (match: RegExpExecArray, subject: Subject) => TranslatedMessage;

/**
 * libxml2 schema messages (the part after "Element '…'[, attribute '…']: "), by shape.
 * The shapes are libxml2's; the first that matches wins.
 */
const SHAPES: readonly (readonly [RegExp, Translator])[] = [
  [
    /^This element is not expected\.(?: Expected is (?:one of )?\( (.*) \)\.)?$/,
    ([, list], subject) => {
      const expected = expectedNames(list);
      return {
        rule: XSD_RULES.unexpectedElement,
        message:
          expected === undefined
            ? text(
                `L'élément ${subject.element} n'est pas permis à cet endroit : aucun autre élément n'est attendu ici.`,
                `Element ${subject.element} is not allowed here: no further element is expected at this point.`,
              )
            : text(
                `L'élément ${subject.element} n'est pas attendu à cet endroit ; attendu ici : ${expected.fr}.`,
                `Element ${subject.element} is not expected here; expected here: ${expected.en}.`,
              ),
      };
    },
  ],
  [
    /^Missing child element\(s\)\.(?: Expected is (?:one of )?\( (.*) \)\.)?$/,
    ([, list], subject) => {
      const expected = expectedNames(list);
      return {
        rule: XSD_RULES.missingElement,
        message:
          expected === undefined
            ? text(
                `Il manque un élément obligatoire dans ${subject.element}.`,
                `${subject.element} lacks a mandatory element.`,
              )
            : text(
                `Il manque un élément obligatoire dans ${subject.element} ; attendu : ${expected.fr}.`,
                `${subject.element} lacks a mandatory element; expected: ${expected.en}.`,
              ),
      };
    },
  ],
  [
    /^\[facet 'enumeration'\] The value '(.*)' is not an element of the set \{(.*)\}\.$/,
    ([, value = '', set = ''], subject) => {
      const codes = set.split(', ').map((code) => code.replace(/^'|'$/g, ''));
      const listed = codes.length <= 12 ? listOf(codes) : undefined;
      const of = ofSubject(subject);
      return {
        rule: XSD_RULES.codeNotInList,
        message: text(
          `La valeur « ${value} » ${of.fr} n'est pas un code autorisé${listed ? ` (codes permis : ${listed.fr})` : ''}.`,
          `Value "${value}" ${of.en} is not an allowed code${listed ? ` (allowed: ${listed.en})` : ''}.`,
        ),
      };
    },
  ],
  [
    /^\[facet 'pattern'\] The value '(.*)' is not accepted by the pattern '(.*)'\.$/,
    ([, value = '', pattern = ''], subject) => {
      const of = ofSubject(subject);
      return {
        rule: XSD_RULES.patternMismatch,
        message: text(
          `La valeur « ${value} » ${of.fr} n'a pas la forme attendue (motif ${pattern}).`,
          `Value "${value}" ${of.en} does not have the expected form (pattern ${pattern}).`,
        ),
      };
    },
  ],
  [
    /^\[facet '(?:minLength|maxLength|length)'\] The value (?:'.*' )?has a length of '(\d+)'; this (underruns|exceeds|differs from) the allowed (?:minimum |maximum )?length of '(\d+)'\.$/,
    ([, actual = '', how, allowed = ''], subject) => {
      const of = ofSubject(subject);
      const message =
        how === 'underruns'
          ? text(
              `La valeur ${of.fr} est trop courte : ${actual} caractère(s), ${allowed} au minimum.`,
              `The value ${of.en} is too short: ${actual} character(s), at least ${allowed}.`,
            )
          : how === 'exceeds'
            ? text(
                `La valeur ${of.fr} est trop longue : ${actual} caractère(s), ${allowed} au maximum.`,
                `The value ${of.en} is too long: ${actual} character(s), at most ${allowed}.`,
              )
            : text(
                `La valeur ${of.fr} doit compter exactement ${allowed} caractère(s) (elle en a ${actual}).`,
                `The value ${of.en} must be exactly ${allowed} character(s) long (it has ${actual}).`,
              );
      return { rule: XSD_RULES.badLength, message };
    },
  ],
  [
    /^\[facet '(?:min|max)(?:In|Ex)clusive'\] The value '(.*)' (is less than the minimum value allowed|is greater than the maximum value allowed|must be greater than|must be less than) \(?'(.*)'\)?\.$/,
    ([, value = '', how = '', bound = ''], subject) => {
      const of = ofSubject(subject);
      const low =
        how === 'is less than the minimum value allowed' || how === 'must be greater than';
      const strict = how.startsWith('must');
      const fr = low
        ? strict
          ? `doit être supérieure à ${bound}`
          : `est inférieure au minimum permis (${bound})`
        : strict
          ? `doit être inférieure à ${bound}`
          : `dépasse le maximum permis (${bound})`;
      const en = low
        ? strict
          ? `must be greater than ${bound}`
          : `is below the allowed minimum (${bound})`
        : strict
          ? `must be less than ${bound}`
          : `is above the allowed maximum (${bound})`;
      return {
        rule: XSD_RULES.outOfRange,
        message: text(`La valeur « ${value} » ${of.fr} ${fr}.`, `Value "${value}" ${of.en} ${en}.`),
      };
    },
  ],
  [
    /^\[facet '(totalDigits|fractionDigits)'\] The value '(.*)' has more (?:fractional )?digits than are allowed \('(\d+)'\)\.$/,
    ([, facet, value = '', allowed = ''], subject) => {
      const of = ofSubject(subject);
      const fractional = facet === 'fractionDigits';
      return {
        rule: XSD_RULES.tooManyDigits,
        message: text(
          `La valeur « ${value} » ${of.fr} a trop de ${fractional ? 'décimales' : 'chiffres'} (${allowed} au maximum).`,
          `Value "${value}" ${of.en} has too many ${fractional ? 'decimals' : 'digits'} (at most ${allowed}).`,
        ),
      };
    },
  ],
  [
    /^'(.*)' is not a valid value of the (?:local )?(?:atomic|list|union) type(?: '(.+)')?\.$/,
    ([, value = '', type], subject) => {
      const expected = typeExpectation(type, subject);
      const hint = decimalCommaHint(value);
      const message =
        value.trim() === ''
          ? text(
              `${theSubject(subject).fr} est vide ; valeur attendue : ${expected.fr}.`,
              `${theSubject(subject).en} is empty; expected: ${expected.en}.`,
            )
          : text(
              `La valeur « ${value} » ${ofSubject(subject).fr} n'est pas valide ; valeur attendue : ${expected.fr}.${hint?.fr ?? ''}`,
              `Value "${value}" ${ofSubject(subject).en} is not valid; expected: ${expected.en}.${hint?.en ?? ''}`,
            );
      return { rule: XSD_RULES.invalidValue, message };
    },
  ],
  [
    /^The value '(.*)' does not match the fixed value constraint '(.*)'\.$/,
    ([, value = '', fixed = ''], subject) => {
      const of = ofSubject(subject);
      return {
        rule: XSD_RULES.fixedValue,
        message: text(
          `La valeur « ${value} » ${of.fr} doit être « ${fixed} ».`,
          `Value "${value}" ${of.en} must be "${fixed}".`,
        ),
      };
    },
  ],
  [
    /^The attribute '(.+)' is not allowed\.$/,
    ([, attribute = ''], { element }) => ({
      rule: XSD_RULES.unexpectedAttribute,
      message: text(
        `L'attribut ${displayName(attribute)} n'est pas permis sur ${element}.`,
        `Attribute ${displayName(attribute)} is not allowed on ${element}.`,
      ),
    }),
  ],
  [
    /^The attribute '(.+)' is required but missing\.$/,
    ([, attribute = ''], { element }) => ({
      rule: XSD_RULES.missingAttribute,
      message: text(
        `L'attribut obligatoire ${displayName(attribute)} manque sur ${element}.`,
        `Mandatory attribute ${displayName(attribute)} is missing on ${element}.`,
      ),
    }),
  ],
  [
    /^No matching global declaration available for the validation root\.$/,
    (_match, { element }) => ({
      rule: XSD_RULES.unknownRoot,
      message: text(
        `L'élément racine ${element} ne correspond pas à ce schéma : vérifiez la syntaxe (UBL ou CII), l'espace de noms et le profil.`,
        `Root element ${element} does not match this schema: check the syntax (UBL or CII), the namespace and the profile.`,
      ),
    }),
  ],
  [
    /^Character content other than whitespace is not allowed because the content type is 'element-only'\.$/,
    (_match, { element }) => ({
      rule: XSD_RULES.wrongContent,
      message: text(
        `L'élément ${element} ne doit contenir que des éléments, pas de texte.`,
        `Element ${element} must contain only elements, not text.`,
      ),
    }),
  ],
  [
    /^Element content is not allowed, because the content type is (?:a simple type|empty)/,
    ([found], { element }) => ({
      rule: XSD_RULES.wrongContent,
      message: found.endsWith('empty')
        ? text(`L'élément ${element} doit rester vide.`, `Element ${element} must be empty.`)
        : text(
            `L'élément ${element} doit contenir une simple valeur, pas d'autres éléments.`,
            `Element ${element} must hold a plain value, not other elements.`,
          ),
    }),
  ],
];

/**
 * Our wording of one libxml2 schema validation message. A shape we do not know keeps libxml2's
 * own English text, so nothing libxml2 says is ever lost.
 */
export function translateSchemaMessage(raw: string): TranslatedMessage {
  const message = raw.trim();
  const located = /^Element '([^']+)'(?:, attribute '([^']+)')?: ([\s\S]*)$/.exec(message);
  if (located !== null) {
    const [, element = '', attribute, rest = ''] = located;
    const subject: Subject = {
      element: displayName(element),
      ...(attribute === undefined ? {} : { attribute: displayName(attribute) }),
    };
    for (const [shape, translate] of SHAPES) {
      const match = shape.exec(rest);
      if (match !== null) return translate(match, subject);
    }
  }
  return {
    rule: XSD_RULES.other,
    message: text(`Le document ne respecte pas le schéma : ${message}`, message),
  };
}

/** Our wording of a libxml2 parser error (the document is not well-formed XML). */
export function translateParseMessage(raw: string): TranslatedMessage {
  const message = raw.trim();
  return {
    rule: XSD_RULES.notWellFormed,
    message: text(
      `Le document n'est pas du XML bien formé, il ne peut pas être comparé au schéma : ${message}`,
      `The document is not well-formed XML and cannot be checked against the schema: ${message}`,
    ),
  };
}
