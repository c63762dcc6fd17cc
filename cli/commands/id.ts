import { parseArgs } from 'node:util';
import { type Identification, type IdentifierKind, identify } from '../../shared/identifiers';
import type { Command } from '../command';
import { type CliIO, EXIT, parseFormat, UsageError } from '../io';

const KIND_NAMES: Record<IdentifierKind, string> = {
  siren: 'SIREN',
  siret: 'SIRET',
  vat: 'numéro de TVA',
  iban: 'IBAN',
  bic: 'BIC',
  rib: 'RIB',
  unknown: 'identifiant',
};

const USAGE = `Usage : chorus-assist id <valeur>… [--format text|json]

Reconnaît et vérifie des identifiants : SIREN, SIRET, numéro de TVA, IBAN, BIC, RIB.
Les numéros de TVA français sont vérifiés entièrement (clé et SIREN) ; ceux des autres pays
de l'Union européenne seulement sur leur forme. Les IBAN français et monégasques sont aussi
vérifiés sur leur clé RIB.
Une valeur qui contient des espaces se met entre guillemets : chorus-assist id "732 829 320 00074"

Options :
  --format text|json   text (par défaut) : une phrase par valeur ;
                       json : une ligne JSON par valeur (input, kind, valid, reason, message, normalized)
  -h, --help           cette aide

Statut de sortie : 0 si toutes les valeurs sont valides, 1 sinon, 2 en cas d'erreur d'usage.`;

/** One result as a JSON Lines record; `normalized` only for valid values. */
export function toRecord(input: string, found: Identification): Record<string, unknown> {
  if (found.valid) {
    return {
      input,
      kind: found.kind,
      valid: true,
      normalized: found.value,
      formatted: found.formatted,
      checked: found.checked,
    };
  }
  return { input, kind: found.kind, valid: false, reason: found.reason, message: found.message.fr };
}

/** One result as a French sentence. */
export function toLine(input: string, found: Identification): string {
  const name = KIND_NAMES[found.kind];
  if (found.valid) {
    const depth =
      found.checked === 'format' && found.kind === 'vat'
        ? ' (forme seulement : clé non vérifiée hors de France)'
        : '';
    return `« ${input} » : ${name} valide${depth} — ${found.formatted}`;
  }
  const what = found.kind === 'unknown' ? 'non reconnu' : `${name} non valide`;
  return `« ${input} » : ${what} — ${found.message.fr}`;
}

export const idCommand: Command = {
  name: 'id',
  summary: 'reconnaître et vérifier SIREN, SIRET, n° de TVA, IBAN, BIC, RIB',
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseArgs({
      args,
      options: { format: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    const format = parseFormat(values.format);
    if (positionals.length === 0) {
      throw new UsageError('Indiquez au moins une valeur à vérifier.');
    }
    let allValid = true;
    for (const input of positionals) {
      const found = identify(input);
      allValid &&= found.valid;
      io.stdout(
        `${format === 'json' ? JSON.stringify(toRecord(input, found)) : toLine(input, found)}\n`,
      );
    }
    return allValid ? EXIT.ok : EXIT.invalid;
  },
};
