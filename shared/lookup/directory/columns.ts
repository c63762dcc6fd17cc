/**
 * Columns of the Chorus Pro directory CSV, found by header name. The structure columns are those
 * DOMAIN.md lists (TypeIdentifiant; Identifiant; RaisonSociale; … GestionEngagement;
 * GestionService; GestionServiceEngagement; … StructureActive; …), marked *verify*; names are
 * compared without case, accents, spaces or underscores, and each field accepts a few aliases, so
 * a renamed column is one entry to add here. A file whose header has a service code column is read
 * as a list of services (the portal export has such a sheet; the API file may not).
 */
import type { DirectoryService, DirectoryStructure } from './model';

export function normalizeHeader(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const STRUCTURE_COLUMNS = {
  identifierType: ['typeidentifiant', 'typeidentifiantstructure'],
  identifier: ['identifiant', 'identifiantstructure', 'siret'],
  name: ['raisonsociale', 'raisonsocialestructure', 'designationstructure', 'libellestructure'],
  engagementRequired: ['gestionengagement', 'numeroejdoitetrerenseigne'],
  serviceCodeRequired: ['gestionservice', 'codeservicedoitetrerenseigne'],
  engagementOrService: ['gestionserviceengagement', 'gestionnumeroejoucodeservice'],
  active: ['structureactive', 'statutstructure', 'statut'],
  postcode: ['codepostal'],
  city: ['ville'],
} as const;

const SERVICE_COLUMNS = {
  structureIdentifier: ['identifiant', 'identifiantstructure', 'siret', 'identifiantdelastructure'],
  code: ['codeservice'],
  label: ['libelleservice', 'nomservice', 'libelle'],
  engagementRequired: [
    'gestionengagement',
    'gestionengagementservice',
    'numeroengagement',
    'gestionegmt',
    'engagementobligatoire',
  ],
  active: ['serviceactif', 'estactif', 'actif', 'statutservice'],
} as const;

type ColumnIndex<T> = { readonly [K in keyof T]: number | undefined };

function locate<T extends Record<string, readonly string[]>>(
  header: readonly string[],
  spec: T,
): ColumnIndex<T> {
  const normalized = header.map(normalizeHeader);
  const index: Record<string, number | undefined> = {};
  for (const [field, aliases] of Object.entries(spec)) {
    const found = aliases
      .map((alias) => normalized.indexOf(alias))
      .find((position) => position >= 0);
    index[field] = found;
  }
  return index as ColumnIndex<T>;
}

/** The structure columns in DOMAIN.md order, for a file that comes without a header line. */
const POSITIONAL_STRUCTURE_HEADER = [
  'TypeIdentifiant',
  'Identifiant',
  'RaisonSociale',
  'EmetteurEdi',
  'RecepteurEdi',
  'GestionStatutMiseEnPaiement',
  'GestionEngagement',
  'GestionService',
  'GestionServiceEngagement',
  'EstMOA',
  'EstMOAUniquement',
  'StructureActive',
  'Adresse',
  'ComplementAdresse1',
  'ComplementAdresse2',
  'CodePostal',
  'Ville',
  'NumTelephone',
  'Courriel',
  'CodePays',
  'LibellePays',
];

export type DirectoryFileKind = 'structures' | 'services';

export interface HeaderReading {
  readonly kind: DirectoryFileKind;
  /** False when the first line was data (no header): it must be read as a record too. */
  readonly hadHeader: boolean;
  readonly header: readonly string[];
}

/**
 * Decides what a file holds from its first line. A line holding a SIRET is data, not a header
 * (a header may name a column "SIRET", and a data line may hold the type "SIRET").
 */
export function readHeader(firstRecord: readonly string[]): HeaderReading {
  const isData = firstRecord.some((cell) => /^\d{14}$/.test(cell.replace(/[\s.]/g, '')));
  if (isData) return { kind: 'structures', hadHeader: false, header: POSITIONAL_STRUCTURE_HEADER };
  const kind = firstRecord.map(normalizeHeader).includes('codeservice') ? 'services' : 'structures';
  return { kind, hadHeader: true, header: firstRecord };
}

const TRUE_WORDS = new Set(['true', 'vrai', 'oui', 'o', 'y', 'yes', '1', 'actif', 'active']);
const FALSE_WORDS = new Set(['false', 'faux', 'non', 'n', 'no', '0', '', 'inactif', 'inactive']);

/** Reads a yes/no cell; undefined when the word is not one we know. */
export function parseFlag(cell: string | undefined): boolean | undefined {
  const word = normalizeHeader(cell ?? '');
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

export type RecordReading<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: { readonly fr: string; readonly en: string } };

function cellAt(record: readonly string[], index: number | undefined): string | undefined {
  return index === undefined ? undefined : record[index]?.trim();
}

function missingColumn(name: string): RecordReading<never> {
  return {
    ok: false,
    reason: { fr: `colonne « ${name} » absente`, en: `column "${name}" missing` },
  };
}

function unreadableFlag(name: string, cell: string | undefined): RecordReading<never> {
  return {
    ok: false,
    reason: {
      fr: `valeur « ${cell ?? ''} » illisible dans la colonne ${name} (attendu : true/false, oui/non, 1/0)`,
      en: `unreadable value "${cell ?? ''}" in column ${name} (expected true/false, oui/non, 1/0)`,
    },
  };
}

export function structureReader(header: readonly string[]) {
  const at = locate(header, STRUCTURE_COLUMNS);
  return (record: readonly string[]): RecordReading<DirectoryStructure> => {
    const identifier = (cellAt(record, at.identifier) ?? '').replace(/[\s.]/g, '');
    if (at.identifier === undefined) return missingColumn('Identifiant');
    if (!/^\d{14}$/.test(identifier)) {
      return {
        ok: false,
        reason: {
          fr: `identifiant « ${identifier} » : pas un SIRET (14 chiffres), ligne ignorée`,
          en: `identifier "${identifier}": not a SIRET (14 digits), line skipped`,
        },
      };
    }
    const flags: Record<string, boolean> = {};
    for (const [field, column] of [
      ['engagementRequired', 'GestionEngagement'],
      ['serviceCodeRequired', 'GestionService'],
      ['engagementOrService', 'GestionServiceEngagement'],
      ['active', 'StructureActive'],
    ] as const) {
      if (at[field] === undefined) return missingColumn(column);
      const cell = cellAt(record, at[field]);
      const value = parseFlag(cell);
      if (value === undefined) return unreadableFlag(column, cell);
      flags[field] = value;
    }
    return {
      ok: true,
      value: {
        identifier,
        identifierType: cellAt(record, at.identifierType) || 'SIRET',
        name: cellAt(record, at.name) ?? '',
        active: flags.active === true,
        serviceCodeRequired: flags.serviceCodeRequired === true,
        engagementRequired: flags.engagementRequired === true,
        engagementOrService: flags.engagementOrService === true,
        postcode: cellAt(record, at.postcode) || null,
        city: cellAt(record, at.city) || null,
      },
    };
  };
}

export function serviceReader(header: readonly string[]) {
  const at = locate(header, SERVICE_COLUMNS);
  return (record: readonly string[]): RecordReading<DirectoryService> => {
    if (at.structureIdentifier === undefined) return missingColumn('Identifiant');
    if (at.code === undefined) return missingColumn('CodeService');
    const structureIdentifier = (cellAt(record, at.structureIdentifier) ?? '').replace(
      /[\s.]/g,
      '',
    );
    const code = cellAt(record, at.code) ?? '';
    if (!/^\d{14}$/.test(structureIdentifier) || code === '') {
      return {
        ok: false,
        reason: {
          fr: 'service sans SIRET de structure ou sans code, ligne ignorée',
          en: 'service without a structure SIRET or a code, line skipped',
        },
      };
    }
    const engagementCell = cellAt(record, at.engagementRequired);
    const activeCell = cellAt(record, at.active);
    const active = at.active === undefined ? true : parseFlag(activeCell);
    if (active === undefined) return unreadableFlag('ServiceActif', activeCell);
    return {
      ok: true,
      value: {
        structureIdentifier,
        code,
        label: cellAt(record, at.label) ?? '',
        engagementRequired:
          at.engagementRequired === undefined ? null : (parseFlag(engagementCell) ?? null),
        active,
      },
    };
  };
}
