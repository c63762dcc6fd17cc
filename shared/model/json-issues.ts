/**
 * Turns zod's issues on a JSON invoice into messages for the person who wrote the JSON: French
 * first, naming the term (« BT-2 Date d'émission de la facture ») and pointing at the exact key
 * with a JSON pointer.
 */
import type { z } from 'zod';
import type { LocalizedText } from '../i18n/text';
import { definitionOf, isModelId, isTermId, objectKeysOf } from './catalogue';
import { getAt, pointer, termOfPointer } from './paths';
import { type DataType, type ModelId, ROOT } from './terms';
import type { ValueFormat } from './values';

export type InvoiceJsonIssueCode =
  | 'json-syntax'
  | 'unknown-key'
  | 'misplaced-key'
  | 'invalid-type'
  | 'invalid-format'
  | 'extension-key'
  | 'invalid-value';

export interface InvoiceJsonIssue {
  readonly code: InvoiceJsonIssueCode;
  /** JSON pointer to the offending key or value; `''` for the whole document. */
  readonly path: string;
  /** The catalogue element concerned, when there is one. */
  readonly term?: ModelId;
  readonly message: LocalizedText;
}

function label(id: ModelId | undefined): LocalizedText {
  if (id === undefined) return { fr: 'Le document', en: 'The document' };
  const name = definitionOf(id).name;
  return { fr: `${id} ${name.fr}`, en: `${id} ${name.en}` };
}

function groupLabel(id: string): LocalizedText {
  if (id === ROOT || !isModelId(id)) {
    return { fr: 'la racine du document', en: 'the document root' };
  }
  const { name } = definitionOf(id);
  return { fr: `${id} (${name.fr})`, en: `${id} (${name.en})` };
}

function describe(value: unknown): LocalizedText {
  if (value === null) return { fr: 'null', en: 'null' };
  if (Array.isArray(value)) return { fr: 'tableau', en: 'an array' };
  switch (typeof value) {
    case 'string':
      return { fr: 'texte', en: 'a string' };
    case 'number':
      return { fr: 'nombre', en: 'a number' };
    case 'boolean':
      return { fr: 'booléen', en: 'a boolean' };
    case 'object':
      return { fr: 'objet', en: 'an object' };
    default:
      return { fr: `valeur ${typeof value}`, en: `a ${typeof value} value` };
  }
}

const EXPECTED: Record<string, LocalizedText> = {
  string: { fr: 'texte', en: 'a string' },
  object: { fr: 'objet', en: 'an object' },
  array: { fr: 'tableau', en: 'an array' },
  record: { fr: 'objet', en: 'an object' },
};

const DECIMAL_TYPES: ReadonlySet<DataType> = new Set([
  'Amount',
  'UnitPriceAmount',
  'Quantity',
  'Percentage',
]);

const FORMAT_HINTS: Record<ValueFormat, LocalizedText> = {
  text: {
    fr: 'valeur vide (omettez la clé quand le terme est absent)',
    en: 'empty value (leave the key out when the term is absent)',
  },
  code: {
    fr: 'code attendu, non vide et sans espace au début ni à la fin',
    en: 'expected a code, not empty, without leading or trailing spaces',
  },
  currency: {
    fr: 'code devise ISO 4217 attendu, soit trois lettres majuscules (ex. EUR)',
    en: 'expected an ISO 4217 currency code, three upper-case letters (e.g. EUR)',
  },
  country: {
    fr: 'code pays ISO 3166-1 attendu, soit deux caractères majuscules (ex. FR)',
    en: 'expected an ISO 3166-1 country code, two upper-case characters (e.g. FR)',
  },
  date: {
    fr: 'date attendue au format AAAA-MM-JJ, et qui existe au calendrier (ex. 2026-03-01)',
    en: 'expected a date written YYYY-MM-DD that exists in the calendar (e.g. 2026-03-01)',
  },
  decimal: {
    fr: 'nombre décimal attendu, en texte, avec un point, sans exposant ni séparateur de milliers (ex. "1234.50")',
    en: 'expected a decimal number as a string, with a dot, no exponent, no thousands separator (e.g. "1234.50")',
  },
  base64: {
    fr: 'contenu attendu encodé en base64',
    en: 'expected base64-encoded content',
  },
};

function join(subject: LocalizedText, detail: LocalizedText): LocalizedText {
  return { fr: `${subject.fr} : ${detail.fr}.`, en: `${subject.en}: ${detail.en}.` };
}

function unknownKey(objectPath: string, key: string): InvoiceJsonIssue {
  const at = `${objectPath}${pointer(key)}`;
  const owner = termOfPointer(objectPath);
  const definition = isModelId(key) ? definitionOf(key) : undefined;
  if (definition?.kind === 'qualifier') {
    return {
      code: 'misplaced-key',
      path: at,
      term: definition.id,
      message: {
        fr: `« ${key} » s'écrit dans l'objet de ${definition.term}, sous la clé "${definition.key}".`,
        en: `"${key}" is written inside the object of ${definition.term}, under the key "${definition.key}".`,
      },
    };
  }
  if (definition !== undefined) {
    const home = groupLabel(definition.parent);
    return {
      code: 'misplaced-key',
      path: at,
      term: definition.id,
      message: {
        fr: `« ${key} » n'a pas sa place ici : il appartient à ${home.fr}.`,
        en: `"${key}" does not belong here: it belongs in ${home.en}.`,
      },
    };
  }
  if (owner !== undefined && isTermId(owner) && objectKeysOf(owner).length > 0) {
    const allowed = objectKeysOf(owner).join(', ');
    return {
      code: 'unknown-key',
      path: at,
      term: owner,
      message: {
        fr: `Clé inconnue « ${key} » dans ${owner} : clés admises ${allowed}.`,
        en: `Unknown key "${key}" in ${owner}: allowed keys are ${allowed}.`,
      },
    };
  }
  const where = groupLabel(owner ?? ROOT);
  return {
    code: 'unknown-key',
    path: at,
    ...(owner === undefined ? {} : { term: owner }),
    message: {
      fr: `Clé inconnue « ${key} » dans ${where.fr} : ce n'est pas un terme EN 16931 de cet endroit (les données hors norme vont dans "extensions").`,
      en: `Unknown key "${key}" in ${where.en}: not an EN 16931 term of this place (data outside the norm goes in "extensions").`,
    },
  };
}

/** One or more issues for the person who wrote `input`, from one zod issue. */
export function toInvoiceJsonIssues(issue: z.core.$ZodIssue, input: unknown): InvoiceJsonIssue[] {
  const path = pointer(...issue.path.map((segment) => String(segment)));
  const term = termOfPointer(path);
  const withTerm = term === undefined ? {} : { term };
  const subject = label(term);

  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => unknownKey(path, key));
    case 'invalid_type': {
      const found = getAt(input, path);
      const definition = term === undefined ? undefined : definitionOf(term);
      if (
        typeof found === 'number' &&
        definition?.kind === 'term' &&
        DECIMAL_TYPES.has(definition.type)
      ) {
        return [
          {
            code: 'invalid-type',
            path,
            ...withTerm,
            message: join(subject, {
              fr: `nombre à écrire entre guillemets ("${found}"), car un nombre JSON perd les zéros de fin et la précision`,
              en: `write the number as a string ("${found}"), since a JSON number loses trailing zeros and precision`,
            }),
          },
        ];
      }
      if (found === null) {
        return [
          {
            code: 'invalid-type',
            path,
            ...withTerm,
            message: join(subject, {
              fr: 'null n’est pas une valeur : omettez la clé quand le terme est absent',
              en: 'null is not a value: leave the key out when the term is absent',
            }),
          },
        ];
      }
      const expected = EXPECTED[issue.expected] ?? { fr: issue.expected, en: issue.expected };
      const actual = describe(found);
      const repeats =
        issue.expected === 'array'
          ? {
              fr: ' (cet élément peut se répéter : chaque occurrence est un élément du tableau)',
              en: ' (this element can repeat: each occurrence is an item of the array)',
            }
          : { fr: '', en: '' };
      return [
        {
          code: 'invalid-type',
          path,
          ...withTerm,
          message: join(subject, {
            fr: `${expected.fr} attendu, ${actual.fr} trouvé${repeats.fr}`,
            en: `expected ${expected.en}, found ${actual.en}${repeats.en}`,
          }),
        },
      ];
    }
    case 'invalid_format': {
      const hint = FORMAT_HINTS[issue.format as ValueFormat] ?? {
        fr: `format invalide (${issue.format})`,
        en: `invalid format (${issue.format})`,
      };
      return [{ code: 'invalid-format', path, ...withTerm, message: join(subject, hint) }];
    }
    case 'custom':
      if (issue.params?.reason === 'extension-key') {
        return [
          {
            code: 'extension-key',
            path,
            message: {
              fr: `Clé d'extension invalide : un identifiant BT-/BG- de la norme se place dans le modèle, pas dans "extensions", et une clé ne peut être vide ni entourée d'espaces.`,
              en: `Invalid extension key: an EN 16931 BT-/BG- id goes in the model, not in "extensions", and a key cannot be empty or padded with spaces.`,
            },
          },
        ];
      }
      break;
    case 'invalid_union':
      return [
        {
          code: 'invalid-value',
          path,
          ...withTerm,
          message: join(subject, {
            fr: 'valeur JSON attendue (texte, nombre, booléen, null, tableau ou objet)',
            en: 'expected a JSON value (string, number, boolean, null, array or object)',
          }),
        },
      ];
    default:
      break;
  }
  return [
    {
      code: 'invalid-value',
      path,
      ...withTerm,
      message: join(subject, { fr: 'valeur invalide', en: 'invalid value' }),
    },
  ];
}
