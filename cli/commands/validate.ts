import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { ApiClient } from '../../shared/api/client';
import { renderReportText } from '../../shared/report/text';
import { DEFAULT_RULE_LAYERS, RULE_LAYERS, type RuleLayer } from '../../shared/rules/engine';
import type { ValidationReport } from '../../shared/rules/report';
import type { RuleOptions } from '../../shared/rules/rule';
import { validateDocument } from '../../shared/rules/validate-document';
import type { Command } from '../command';
import { edgeClient } from '../edge';
import { expandInputs } from '../files';
import { type CliIO, EXIT, parseFormat, UsageError } from '../io';
import { nodeXsdValidator } from '../xsd';

const USAGE = `Usage : chorus-assist validate <fichier|dossier>… [--rules ${RULE_LAYERS.join(',')}] [--fr-severity fatal|warning] [--no-xsd] [--edge URL] [--format text|json]

Vérifie des factures UBL 2.1 ou CII, en XML ou en PDF Factur-X / ZUGFeRD : XML bien formé et sûr,
schéma XSD, règles demandées, et pour un PDF le conteneur (pièce jointe, XMP, PDF/A-3).
Les dossiers sont parcourus (fichiers .xml et .pdf).

Options :
  --rules <couches>   couches de règles, séparées par des virgules (par défaut : ${DEFAULT_RULE_LAYERS.join(',')})
                        en16931  règles de la norme EN 16931 (artefacts 1.3.16)
                        profile  règles du profil Factur-X (MINIMUM, BASIC WL…)
                        fr       règles françaises BR-FR (XP Z12-012)
                        chorus   ce que Chorus Pro refuse
  --fr-severity fatal|warning
                      gravité des constats BR-FR (couche fr) : fatal (par défaut) ou warning,
                      le mode transitoire des schématrons _WARNING officiels
  --no-xsd            ne pas contrôler le schéma XSD
  --today AAAA-MM-JJ  date du jour pour les règles de dates (par défaut : aujourd'hui)
  --edge URL          faire la vérification par le service Chorus Assist déployé à cette adresse
                      (le fichier y est envoyé ; clé d'API éventuelle : variable CHORUS_ASSIST_API_KEY)
  --format text|json  text (par défaut) : rapport lisible ;
                      json : une ligne JSON par fichier {file, syntax, profile, verdict, findings}
                      (chaque constat : rule, et assert pour l'identifiant officiel du test BR-FR)
  -h, --help          cette aide

Statut de sortie : 0 si tout est valide, 1 si un fichier n'est pas valide, 2 si un contrôle n'a pas
pu être fait (ou erreur d'usage).`;

function parseRules(value: string | undefined): RuleLayer[] {
  if (value === undefined) return [...DEFAULT_RULE_LAYERS];
  const layers = value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  const unknown = layers.filter((l) => !(RULE_LAYERS as readonly string[]).includes(l));
  if (unknown.length > 0 || layers.length === 0) {
    throw new UsageError(
      `--rules attend une liste parmi ${RULE_LAYERS.join(', ')} (inconnu : ${unknown.join(', ') || 'liste vide'})`,
    );
  }
  return layers as RuleLayer[];
}

/** `--fr-severity`: only with the fr layer, whose findings it changes. */
function parseFrSeverity(
  value: string | undefined,
  rules: readonly RuleLayer[],
): RuleOptions['frSeverity'] {
  if (value === undefined) return undefined;
  if (value !== 'fatal' && value !== 'warning') {
    throw new UsageError(`--fr-severity attend fatal ou warning (reçu : ${value})`);
  }
  if (!rules.includes('fr')) {
    throw new UsageError(
      '--fr-severity ne concerne que la couche fr : ajoutez-la à --rules (ex. --rules en16931,profile,fr)',
    );
  }
  return value;
}

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The JSON Lines record of one file. */
export function toRecord(
  file: string,
  report: ValidationReport & { readonly format: string },
): Record<string, unknown> {
  return {
    file,
    format: report.format,
    syntax: report.document?.syntax ?? null,
    profile: report.document?.profile?.id ?? null,
    verdict: report.verdict,
    layers: report.layers.map((l) => ({ layer: l.layer, status: l.status, ...l.counts })),
    findings: report.findings.map((f) => ({
      rule: f.rule,
      ...(f.assert !== undefined ? { assert: f.assert } : {}),
      severity: f.severity,
      layer: f.layer,
      message: f.message.fr,
      message_en: f.message.en,
      bt: f.bt,
      ...(f.location ? { location: f.location.xpath, line: f.location.line } : {}),
    })),
  };
}

/**
 * The same validation done by the edge Worker (`--edge URL`): the file is sent to
 * `POST /v1/validate` and the answer, checked against the shared contract, is printed like a local
 * report. A problem answer (refused document, unreachable edge) is returned as its message.
 */
async function validateOnEdge(
  edge: ApiClient,
  bytes: Uint8Array<ArrayBuffer>,
  options: ValidateOnEdgeOptions,
): Promise<(ValidationReport & { readonly format: string }) | { readonly problem: string }> {
  let answer: Awaited<ReturnType<ApiClient['validate']>>;
  try {
    answer = await edge.validate(bytes, options);
  } catch (error) {
    return {
      problem: `le service n'a pas répondu (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  if (!answer.ok) {
    return {
      problem: `${answer.problem.title} — ${answer.problem.detail ?? ''} (${answer.status})`,
    };
  }
  // The contract is the report's own JSON form: only optional fields differ in their typing.
  return answer.data as unknown as ValidationReport & { readonly format: string };
}

type ValidateOnEdgeOptions = NonNullable<Parameters<ApiClient['validate']>[1]>;

export const validateCommand: Command = {
  name: 'validate',
  summary: 'vérifier des factures UBL / CII (XSD, EN 16931, profils, BR-FR, Chorus Pro)',
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseArgs({
      args,
      options: {
        rules: { type: 'string' },
        format: { type: 'string' },
        'no-xsd': { type: 'boolean' },
        today: { type: 'string' },
        'fr-severity': { type: 'string' },
        edge: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
    const format = parseFormat(values.format);
    const rules = parseRules(values.rules);
    const frSeverity = parseFrSeverity(values['fr-severity'], rules);
    if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
      throw new UsageError('--today attend une date AAAA-MM-JJ');
    }
    if (positionals.length === 0)
      throw new UsageError('Indiquez au moins un fichier ou un dossier.');

    const { files, missing } = await expandInputs(positionals, ['.xml', '.pdf']);
    let status: number = EXIT.ok;
    for (const path of missing) {
      io.stderr(`Introuvable : ${path}\n`);
      status = EXIT.usage;
    }
    const edge = values.edge === undefined ? undefined : edgeClient(values.edge);
    const xsd = values['no-xsd'] || edge ? undefined : nodeXsdValidator();
    const today = values.today ?? localToday();
    const bar = files.length > 20 ? io.progress?.(files.length, 'Vérification') : undefined;
    const totals = { valid: 0, invalid: 0, error: 0 };
    for (const file of files) {
      const bytes = await readFile(file);
      const report = edge
        ? await validateOnEdge(edge, new Uint8Array(bytes), {
            rules,
            xsd: !values['no-xsd'],
            today,
            ...(frSeverity ? { frSeverity } : {}),
          })
        : await validateDocument(bytes, {
            rules,
            ...(xsd ? { xsd } : {}),
            ruleOptions: { today, ...(frSeverity ? { frSeverity } : {}) },
          });
      if ('problem' in report) {
        io.stderr(`${file} : ${report.problem}\n`);
        totals.error++;
        status = EXIT.usage;
        bar?.advance(file);
        continue;
      }
      totals[report.verdict]++;
      if (report.verdict === 'error') status = EXIT.usage;
      else if (report.verdict === 'invalid' && status === EXIT.ok) status = EXIT.invalid;
      io.stdout(
        format === 'json'
          ? `${JSON.stringify(toRecord(file, report))}\n`
          : renderReportText(report, { title: file }),
      );
      bar?.advance(file);
    }
    bar?.stop(`${files.length} fichier(s) vérifié(s)`);
    if (format === 'text' && files.length > 1) {
      io.stderr(
        `${files.length} fichiers : ${totals.valid} valide(s), ${totals.invalid} non valide(s), ${totals.error} non vérifié(s)\n`,
      );
    }
    return status;
  },
};
