import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { extractInvoice } from '../../shared/extract';
import type { Command } from '../command';
import { extractedSomething, renderText, toRecord } from '../extract/report';
import { expandInputs } from '../files';
import { type CliIO, EXIT, parseFormat, UsageError } from '../io';

const USAGE = `Usage : chorus-assist extract <pdf|dossier>… [--format text|json]

Lit une facture dans le texte visible d'un PDF (sans XML Factur-X) : numéro, dates, parties,
identifiants, lignes, TVA et totaux, chaque valeur avec sa confiance (0 à 100 %). Rien n'est
deviné : une donnée introuvable est absente. Les valeurs sont à vérifier sur la page.
Les dossiers sont parcourus (fichiers .pdf). Un PDF scanné sans couche texte n'est pas lu.

Options :
  --format text|json  text (par défaut) : résumé lisible, confiance affichée ;
                      json : une ligne JSON par fichier
                      {file, fields: {"BT-1": {value, confidence}, …}, lines, vat_breakdown, warnings}
  -h, --help          cette aide

Statut de sortie : 0 si quelque chose a été lu dans chaque fichier, 1 sinon, 2 en cas d'erreur
d'usage (ou de fichier introuvable).`;

/** A progress bar is drawn from this many files on. */
const PROGRESS_FROM = 3;

export const extractCommand: Command = {
  name: 'extract',
  summary: 'lire une facture dans le texte d’un PDF simple (valeurs avec leur confiance)',
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseArgs({
      args,
      options: { format: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    const format = parseFormat(values.format);
    if (positionals.length === 0) throw new UsageError('Indiquez au moins un PDF ou un dossier.');

    const { files, missing } = await expandInputs(positionals, ['.pdf']);
    let status: number = EXIT.ok;
    for (const path of missing) {
      io.stderr(`Introuvable : ${path}\n`);
      status = EXIT.usage;
    }
    if (files.length === 0 && missing.length === 0) {
      io.stderr('Aucun fichier .pdf à lire.\n');
      return EXIT.usage;
    }
    const bar = files.length >= PROGRESS_FROM ? io.progress?.(files.length, 'Lecture') : undefined;
    let read = 0;
    for (const file of files) {
      const bytes = await readFile(file).catch((error: unknown) => error as Error);
      if (bytes instanceof Error) {
        io.stderr(`Lecture impossible de ${file} : ${bytes.message}\n`);
        status = status === EXIT.ok ? EXIT.invalid : status;
        bar?.advance(file);
        continue;
      }
      const result = await extractInvoice(
        new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      );
      if (extractedSomething(result)) read++;
      else if (status === EXIT.ok) status = EXIT.invalid;
      io.stdout(
        format === 'json'
          ? `${JSON.stringify(toRecord(file, result))}\n`
          : renderText(file, result),
      );
      bar?.advance(file);
    }
    bar?.stop(`${read} fichier(s) lu(s) sur ${files.length}`);
    return status;
  },
};
