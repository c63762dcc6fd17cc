import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { directoryImportScript } from '../../shared/lookup/directory/import-script';
import type { Command } from '../command';
import { EXIT, parseFormat, UsageError } from '../io';

const usage = `Usage : chorus-assist directory import <fichier.csv|fichier.zip>... [options]

Lit l'annuaire des destinataires Chorus Pro (CSV « ; » ou ZIP tel que PISTE le livre, fichier des
structures et, s'il y en a un, fichier des services) et écrit le SQL qui le charge dans la base D1 :
  wrangler d1 execute DB --remote --file annuaire.sql

Options :
  --out <fichier.sql>     écrire le SQL dans ce fichier (sinon sur la sortie standard)
  --replace               annuaire complet : supprimer ensuite les structures absentes du fichier
  --source directory|seed origine inscrite sur les lignes (défaut : directory)
  --import-id <id>        identifiant de l'import (défaut : cli-<date>)
  --imported-at <date>    date ISO 8601 inscrite sur les lignes (défaut : maintenant)
  --format text|json      résumé sur la sortie d'erreur, en texte ou en JSON`;

export const directoryCommand: Command = {
  name: 'directory',
  summary: "Importer l'annuaire Chorus Pro (CSV ou ZIP) en SQL pour D1",
  usage,
  async run(args, io) {
    const [action, ...rest] = args;
    if (action !== 'import')
      throw new UsageError(`Action inconnue : « ${action ?? ''} » (attendu : import).`);
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        replace: { type: 'boolean', default: false },
        source: { type: 'string', default: 'directory' },
        'import-id': { type: 'string' },
        'imported-at': { type: 'string' },
        format: { type: 'string' },
      },
    });
    const format = parseFormat(values.format);
    if (positionals.length === 0) throw new UsageError('Indiquez au moins un fichier CSV ou ZIP.');
    if (values.source !== 'directory' && values.source !== 'seed') {
      throw new UsageError(`--source attend « directory » ou « seed », pas « ${values.source} ».`);
    }
    const importedAt = values['imported-at'] ?? new Date().toISOString();
    if (Number.isNaN(Date.parse(importedAt)))
      throw new UsageError(`--imported-at : date illisible « ${importedAt} ».`);

    const inputs: { name: string; bytes: Uint8Array }[] = [];
    for (const path of positionals) {
      try {
        inputs.push({ name: basename(path), bytes: new Uint8Array(await readFile(path)) });
      } catch (error) {
        const reason =
          error instanceof Error && 'code' in error ? String(error.code) : String(error);
        io.stderr(`Impossible de lire « ${path} » (${reason}).\n`);
        return EXIT.usage;
      }
    }
    const script = directoryImportScript(inputs, {
      source: values.source,
      importId: values['import-id'] ?? `cli-${importedAt}`,
      importedAt,
      replace: values.replace,
      makeUtf8Decoder: () => new TextDecoder('utf-8'),
    });
    // Without structures, --replace would empty the directory: write nothing rather than that.
    const usable = values.replace
      ? script.content.structures.length > 0
      : script.content.structures.length + script.content.services.length > 0;
    if (usable) {
      if (values.out) await writeFile(values.out, script.sql, 'utf8');
      else io.stdout(script.sql);
    }

    const { structures, services, skipped } = script.content;
    if (format === 'json') {
      io.stderr(
        `${JSON.stringify({ structures: structures.length, services: services.length, skipped: skipped.length, importId: script.meta.importId, skippedLines: skipped.slice(0, 50) })}\n`,
      );
    } else {
      io.stderr(
        `${structures.length} structures, ${services.length} services, ${skipped.length} lignes ignorées${usable ? (values.out ? ` → ${values.out}` : '') : ' : aucun SQL écrit'}\n`,
      );
      for (const line of skipped.slice(0, 10))
        io.stderr(`  ${line.file}:${line.line} ${line.reason.fr}\n`);
      if (skipped.length > 10) io.stderr(`  … et ${skipped.length - 10} autres\n`);
    }
    return usable ? EXIT.ok : EXIT.invalid;
  },
};
