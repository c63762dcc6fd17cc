import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  convertInvoice,
  readSource,
  TARGET_FORMATS,
  type TargetFormat,
  takesProfile,
} from '../../shared/convert';
import { FACTURX_PROFILES, type FacturxProfile } from '../../shared/xsd/schema-sets';
import type { Command } from '../command';
import { fileIdentity, outputPathFor, type WriteGuard, writeOutput } from '../convert/output';
import { type ConversionOutcome, summaryTable, toRecord, warningsText } from '../convert/report';
import { expandInputsWithRoots, type InputFile } from '../input-roots';
import { type CliIO, EXIT, parseFormat, UsageError } from '../io';

const USAGE = `Usage : chorus-assist convert <fichier|dossier>… --to cii|ubl|facturx|json [--profile ${FACTURX_PROFILES.join('|')}] [--out DOSSIER] [--force] [--format text|json]

Convertit des factures d'un format à l'autre. Entrées : XML UBL 2.1 ou CII, PDF Factur-X
(le XML qu'il contient), JSON du modèle (clés BT-…), PDF simple (données lues dans son texte,
à vérifier). Les dossiers sont parcourus (fichiers .xml, .pdf et .json).

Options :
  --to <format>       cii      XML CII (Factur-X si --profile, ou si la facture nomme un profil)
                      ubl      XML UBL 2.1
                      facturx  PDF Factur-X : le PDF d'entrée reçoit le XML (remplacé s'il en a
                               un) ; depuis un XML ou un JSON, un PDF est dessiné
                      json     JSON du modèle EN 16931
  --profile <profil>  profil Factur-X pour --to cii|facturx (par défaut : celui de la facture,
                      sinon en16931 pour facturx)
  --out <dossier>     dossier de sortie (par défaut : à côté de chaque fichier) ; la structure
                      des dossiers parcourus y est reproduite
  --force             remplacer un fichier de sortie qui existe déjà (jamais un fichier d'entrée)
  --format text|json  text (par défaut) : tableau récapitulatif ;
                      json : une ligne JSON par fichier {file, output, from, to, status, dropped, derived}
  -h, --help          cette aide

Noms de sortie : <nom>.cii.xml, <nom>.ubl.xml, <nom>.facturx.pdf, <nom>.json.
Les données que le format cible ne peut pas porter, et celles qu'il a fallu calculer, sont
signalées sur la sortie d'erreur.

Statut de sortie : 0 si tout est converti, 1 si un fichier n'a pas pu l'être, 2 en cas d'erreur
d'usage (ou de fichier introuvable).`;

/** A progress bar is drawn from this many files on: a couple of files finish before it would show. */
const PROGRESS_FROM = 3;

function parseTarget(value: string | undefined): TargetFormat {
  if (value === undefined)
    throw new UsageError(`--to est obligatoire : ${TARGET_FORMATS.join(', ')}`);
  if ((TARGET_FORMATS as readonly string[]).includes(value)) return value as TargetFormat;
  throw new UsageError(`--to attend ${TARGET_FORMATS.join(', ')}, pas « ${value} »`);
}

function parseProfile(value: string | undefined, to: TargetFormat): FacturxProfile | undefined {
  if (value === undefined) return undefined;
  if (!(FACTURX_PROFILES as readonly string[]).includes(value)) {
    throw new UsageError(`--profile attend ${FACTURX_PROFILES.join(', ')}, pas « ${value} »`);
  }
  if (!takesProfile(to)) {
    throw new UsageError('--profile ne s’applique qu’à --to cii ou --to facturx');
  }
  return value as FacturxProfile;
}

async function checkOutDir(outDir: string | undefined): Promise<void> {
  if (outDir === undefined) return;
  const info = await stat(outDir).catch(() => undefined);
  if (info && !info.isDirectory())
    throw new UsageError(`--out doit désigner un dossier : ${outDir}`);
}

interface Settings {
  readonly to: TargetFormat;
  readonly profile: FacturxProfile | undefined;
  readonly outDir: string | undefined;
}

async function convertFile(
  input: InputFile,
  settings: Settings,
  guard: WriteGuard,
): Promise<ConversionOutcome> {
  const base = {
    file: input.path,
    to: settings.to,
    dropped: [],
    derived: [],
    notes: [],
  } as const;
  const failed = (
    error: NonNullable<ConversionOutcome['error']>,
    partial: Partial<ConversionOutcome> = {},
  ): ConversionOutcome => ({
    ...base,
    output: null,
    from: null,
    profile: null,
    ...partial,
    status: 'failed',
    error: { code: error.code, message: error.message },
  });

  const bytes = await readFile(input.path).catch((e: unknown) => e as Error);
  if (bytes instanceof Error) {
    return failed({
      code: 'read-failed',
      message: {
        fr: `Lecture impossible : ${bytes.message}`,
        en: `Could not read: ${bytes.message}`,
      },
    });
  }
  const source = await readSource(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (!source.ok) return failed(source.failure);
  const converted = await convertInvoice(source, {
    to: settings.to,
    ...(settings.profile ? { profile: settings.profile } : {}),
  });
  if (!converted.ok) return failed(converted.failure, { from: source.from, notes: source.notes });
  const output = outputPathFor(input, settings.to, settings.outDir);
  const written = await writeOutput(output, converted.bytes, guard);
  const known = {
    from: source.from,
    profile: converted.profile ?? null,
    notes: source.notes,
    dropped: converted.dropped,
    derived: converted.derived,
  };
  if (!written.ok) return failed(written, known);
  return { ...base, ...known, output, status: 'converted' };
}

export const convertCommand: Command = {
  name: 'convert',
  summary: 'convertir des factures : UBL, CII, PDF Factur-X, JSON (et PDF simple lu)',
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseArgs({
      args,
      options: {
        to: { type: 'string' },
        profile: { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean' },
        format: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
    const format = parseFormat(values.format);
    const to = parseTarget(values.to);
    const settings: Settings = {
      to,
      profile: parseProfile(values.profile, to),
      outDir: values.out,
    };
    if (positionals.length === 0)
      throw new UsageError('Indiquez au moins un fichier ou un dossier.');
    await checkOutDir(values.out);

    const { files, missing } = await expandInputsWithRoots(positionals, ['.xml', '.pdf', '.json']);
    let status: number = EXIT.ok;
    for (const path of missing) {
      io.stderr(`Introuvable : ${path}\n`);
      status = EXIT.usage;
    }
    if (files.length === 0) {
      io.stderr('Aucun fichier .xml, .pdf ou .json à convertir.\n');
      return EXIT.usage;
    }
    const identities = await Promise.all(files.map((f) => fileIdentity(f.path)));
    const guard: WriteGuard = {
      inputs: new Set(identities.filter((id): id is string => id !== undefined)),
      written: new Set(),
      force: values.force === true,
      ...(values.out !== undefined ? { outDir: values.out } : {}),
    };

    const bar =
      files.length >= PROGRESS_FROM ? io.progress?.(files.length, 'Conversion') : undefined;
    // While the bar is drawn, warnings wait: written under it they would tear it apart.
    const held: string[] = [];
    const warn = (text: string) => {
      if (text === '') return;
      if (bar) held.push(text);
      else io.stderr(text);
    };
    const outcomes: ConversionOutcome[] = [];
    for (const input of files) {
      const outcome = await convertFile(input, settings, guard);
      outcomes.push(outcome);
      if (outcome.status === 'failed' && status === EXIT.ok) status = EXIT.invalid;
      warn(warningsText(outcome));
      if (format === 'json') io.stdout(`${JSON.stringify(toRecord(outcome))}\n`);
      bar?.advance(input.path);
    }
    const converted = outcomes.filter((o) => o.status === 'converted').length;
    bar?.stop(`${converted} fichier(s) converti(s) sur ${files.length}`);
    for (const text of held) io.stderr(text);
    if (format === 'text') io.stdout(summaryTable(outcomes));
    return status;
  },
};
