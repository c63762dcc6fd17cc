import { env } from 'cloudflare:workers';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import seedSql from '../../edge/seed/chorus-directory.sql?raw';
import seedServicesCsv from '../../edge/seed/chorus-services.csv?raw';
import seedStructuresCsv from '../../edge/seed/chorus-structures.csv?raw';
import { ChorusStructureSchema } from '../../shared/api/structure';
import { directoryFiles, streamZipMembers } from '../../shared/lookup/directory/archive';
import { CsvRecordReader } from '../../shared/lookup/directory/csv';
import { directoryImportScript } from '../../shared/lookup/directory/import-script';
import {
  type DirectoryContent,
  DirectoryFileParser,
  readDirectoryFiles,
} from '../../shared/lookup/directory/parse';
import { harness } from './support/harness';
import { sqlStatements } from './support/migrations';

const utf8 = () => new TextDecoder('utf-8');
const bytes = (text: string) => new TextEncoder().encode(text);

const HEADER =
  'TypeIdentifiant;Identifiant;RaisonSociale;EmetteurEdi;RecepteurEdi;GestionStatutMiseEnPaiement;GestionEngagement;GestionService;GestionServiceEngagement;EstMOA;EstMOAUniquement;StructureActive;Adresse;ComplementAdresse1;ComplementAdresse2;CodePostal;Ville;NumTelephone;Courriel;CodePays;LibellePays';

function structureLine(
  siret: string,
  name: string,
  flags: { ej: string; service: string; either: string; active: string },
) {
  return `SIRET;${siret};${name};false;false;false;${flags.ej};${flags.service};${flags.either};false;false;${flags.active};;;;92140;CLAMART;;;FR;France`;
}

function read(name: string, text: string | Uint8Array): DirectoryContent {
  return readDirectoryFiles([{ name, bytes: typeof text === 'string' ? bytes(text) : text }], utf8);
}

describe('CsvRecordReader', () => {
  const text = '\uFEFFa;"b;c";"say ""hi"""\r\n"multi\nline";;end\n\nlast;row';
  const expected = [
    ['a', 'b;c', 'say "hi"'],
    ['multi\nline', '', 'end'],
    ['last', 'row'],
  ];

  it('reads quoted separators, doubled quotes, line breaks in quotes, CRLF and a BOM', () => {
    const reader = new CsvRecordReader(';');
    expect([...reader.push(text), ...reader.end()]).toEqual(expected);
  });

  it('gives the same records whatever the chunking', () => {
    const reader = new CsvRecordReader(';');
    const records = [...text].flatMap((char) => reader.push(char));
    expect([...records, ...reader.end()]).toEqual(expected);
  });
});

describe('directory files → structures and services', () => {
  it('reads the structure columns by name, with yes/no spelled several ways', () => {
    const content = read(
      'annuaire.csv',
      [
        'Type_Identifiant;IDENTIFIANT;Raison sociale;Gestion engagement;Gestion service;Gestion service engagement;Structure active;Code postal;Ville',
        'SIRET;219 200 235 00014;COMMUNE DE CLAMART;oui;non;0;1;92140;CLAMART',
        'SIRET;21750001600019;COMMUNE DE PARIS;FALSE;True;N;O;75004;PARIS',
      ].join('\n'),
    );
    expect(content.skipped).toEqual([]);
    expect(content.structures).toEqual([
      {
        identifier: '21920023500014',
        identifierType: 'SIRET',
        name: 'COMMUNE DE CLAMART',
        active: true,
        serviceCodeRequired: false,
        engagementRequired: true,
        engagementOrService: false,
        postcode: '92140',
        city: 'CLAMART',
      },
      {
        identifier: '21750001600019',
        identifierType: 'SIRET',
        name: 'COMMUNE DE PARIS',
        active: true,
        serviceCodeRequired: true,
        engagementRequired: false,
        engagementOrService: false,
        postcode: '75004',
        city: 'PARIS',
      },
    ]);
  });

  it('reads a file without header in the column order of DOMAIN.md', () => {
    const content = read(
      'sans-entete.csv',
      structureLine('21920023500014', 'CLAMART', {
        ej: 'true',
        service: 'false',
        either: 'false',
        active: 'true',
      }),
    );
    expect(
      content.structures.map((row) => [row.identifier, row.engagementRequired, row.postcode]),
    ).toEqual([['21920023500014', true, '92140']]);
  });

  it('decodes a Windows-1252 file', () => {
    const text = `${HEADER}\n${structureLine('22070001700019', 'DÉPARTEMENT DE L’ARDÈCHE', { ej: 'false', service: 'false', either: 'true', active: 'true' })}\n`;
    const cp1252 = Uint8Array.from(
      [...text].map((char) => ({ É: 0xc9, È: 0xc8, '’': 0x92 })[char] ?? char.charCodeAt(0)),
    );
    expect(read('latin.csv', cp1252).structures[0]?.name).toBe('DÉPARTEMENT DE L’ARDÈCHE');
  });

  it('skips lines it cannot trust, saying which and why', () => {
    const content = read(
      'annuaire.csv',
      [
        HEADER,
        structureLine('21920023500014', 'OK', {
          ej: 'true',
          service: 'false',
          either: 'false',
          active: 'true',
        }),
        'UE_HORS_FRANCE;BE0123456789;SOCIETE BELGE;false;false;false;false;false;false;false;false;true;;;;;;;;BE;Belgique',
        structureLine('21750001600019', 'PARIS', {
          ej: 'peut-être',
          service: 'false',
          either: 'false',
          active: 'true',
        }),
      ].join('\n'),
    );
    expect(content.structures.map((row) => row.identifier)).toEqual(['21920023500014']);
    expect(content.skipped.map((line) => [line.line, line.reason.en])).toEqual([
      [3, 'identifier "BE0123456789": not a SIRET (14 digits), line skipped'],
      [
        4,
        'unreadable value "peut-être" in column GestionEngagement (expected true/false, oui/non, 1/0)',
      ],
    ]);
  });

  it('reports a missing flag column instead of guessing', () => {
    const content = read(
      'annuaire.csv',
      'Identifiant;RaisonSociale;StructureActive\n21920023500014;CLAMART;true',
    );
    expect(content.structures).toEqual([]);
    expect(content.skipped[0]?.reason.fr).toContain('GestionEngagement');
  });

  it('recognises a services file by its service code column', () => {
    const content = read(
      'services.csv',
      'Identifiant;Code service;Nom service;Gestion engagement;Service actif\n21920023500014;TECH;Services techniques;oui;oui\n21920023500014;OLD;Ancien;non;non',
    );
    expect(content.structures).toEqual([]);
    expect(content.services).toEqual([
      {
        structureIdentifier: '21920023500014',
        code: 'TECH',
        label: 'Services techniques',
        engagementRequired: true,
        active: true,
      },
      {
        structureIdentifier: '21920023500014',
        code: 'OLD',
        label: 'Ancien',
        engagementRequired: false,
        active: false,
      },
    ]);
  });

  it('opens a ZIP as PISTE serves it, ignoring members that are not CSV', () => {
    const zip = zipSync({
      'annuaire.csv': bytes(
        `${HEADER}\n${structureLine('21920023500014', 'CLAMART', { ej: 'true', service: 'true', either: 'false', active: 'true' })}`,
      ),
      'LISEZMOI.pdf': bytes('%PDF-1.4'),
    });
    const files = directoryFiles('download.zip', zip);
    expect(files.map((file) => file.name)).toEqual(['annuaire.csv']);
    expect(readDirectoryFiles(files, utf8).structures).toHaveLength(1);
  });

  it('streams a ZIP in slices to the same rows as reading it whole', async () => {
    const lines = Array.from({ length: 3000 }, (_, index) =>
      structureLine(`2192002350${String(index).padStart(4, '0')}`, `STRUCTURE ${index} ÉTÉ`, {
        ej: index % 2 ? 'true' : 'false',
        service: index % 3 ? 'true' : 'false',
        either: 'false',
        active: 'true',
      }),
    );
    const zip = zipSync({ 'annuaire.csv': bytes(`${HEADER}\n${lines.join('\n')}\n`) });
    const streamed: DirectoryContent = { structures: [], services: [], skipped: [] };
    let slices = 0;
    await streamZipMembers(
      zip,
      (name) => {
        const parser = new DirectoryFileParser(
          name,
          {
            structure: (row) => streamed.structures.push(row),
            service: (row) => streamed.services.push(row),
            skipped: (line) => streamed.skipped.push(line),
          },
          utf8,
        );
        return (chunk, final) => parser.push(chunk, final);
      },
      async () => {
        slices += 1;
      },
      512,
    );
    expect(slices).toBeGreaterThan(10);
    const whole = readDirectoryFiles(directoryFiles('a.zip', zip), utf8);
    expect(streamed).toEqual(whole);
    // Identifiers that fail the SIRET shape are skipped, the rest kept: nothing lost at slice edges.
    expect(whole.structures.length + whole.skipped.length).toBe(3000);
  });
});

describe('directory import SQL (the CLI output)', () => {
  it('loads into D1 and is served by the API; --replace removes what the file no longer lists', async () => {
    const h = await harness();
    await env.DB.batch(sqlStatements(seedSql).map((statement) => env.DB.prepare(statement)));
    const script = directoryImportScript(
      [
        {
          name: 'annuaire.csv',
          bytes: bytes(
            `${HEADER}\n${structureLine('21920023500014', "COMMUNE DE CLAMART (L'ANNUAIRE)", { ej: 'true', service: 'true', either: 'false', active: 'true' })}`,
          ),
        },
      ],
      {
        source: 'directory',
        importId: 'test-import',
        importedAt: '2026-11-20T00:00:00.000Z',
        replace: true,
        makeUtf8Decoder: utf8,
      },
    );
    await env.DB.batch(sqlStatements(script.sql).map((statement) => env.DB.prepare(statement)));

    const response = await h.request('/v1/structures/21920023500014');
    const structure = ChorusStructureSchema.parse(await response.json());
    expect(structure).toMatchObject({
      name: "COMMUNE DE CLAMART (L'ANNUAIRE)",
      flags: { serviceCodeRequired: true, engagementRequired: true, engagementOrService: false },
      source: 'directory',
      updatedAt: '2026-11-20T00:00:00.000Z',
      // The seed's services were demonstration data: they go with the seed.
      services: [],
    });
    expect((await h.request('/v1/structures/21310555400017')).status).toBe(404);
    const imports = await env.DB.prepare(
      'SELECT import_id, structures FROM directory_imports ORDER BY import_id',
    ).all();
    expect(imports.results).toEqual([
      { import_id: 'seed-demo', structures: 12 },
      { import_id: 'test-import', structures: 1 },
    ]);
  });

  it('regenerates the committed demonstration seed byte for byte from its CSV files', () => {
    const script = directoryImportScript(
      [
        { name: 'chorus-structures.csv', bytes: bytes(seedStructuresCsv) },
        { name: 'chorus-services.csv', bytes: bytes(seedServicesCsv) },
      ],
      {
        source: 'seed',
        importId: 'seed-demo',
        importedAt: '2026-11-01T00:00:00.000Z',
        replace: false,
        makeUtf8Decoder: utf8,
      },
    );
    expect(script.content.skipped).toEqual([]);
    expect(script.content.structures).toHaveLength(12);
    expect(script.sql).toBe(seedSql);
  });
});
