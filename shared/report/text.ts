import type { Language } from '../i18n/text';
import type { Layer } from '../rules/finding';
import type { ValidationReport, Verdict } from '../rules/report';

const VERDICTS: Record<Verdict, Record<Language, string>> = {
  valid: { fr: 'VALIDE', en: 'VALID' },
  invalid: { fr: 'NON VALIDE', en: 'INVALID' },
  error: { fr: 'NON VÉRIFIÉ (erreur)', en: 'NOT CHECKED (error)' },
};

const LAYER_NAMES: Record<Layer, Record<Language, string>> = {
  xml: { fr: 'XML', en: 'XML' },
  xsd: { fr: 'Schéma XSD', en: 'XSD schema' },
  en16931: { fr: 'EN 16931', en: 'EN 16931' },
  profile: { fr: 'Profil Factur-X', en: 'Factur-X profile' },
  fr: { fr: 'Règles françaises (BR-FR)', en: 'French rules (BR-FR)' },
  chorus: { fr: 'Chorus Pro', en: 'Chorus Pro' },
  pdf: { fr: 'PDF Factur-X', en: 'Factur-X PDF' },
};

const SEVERITY: Record<'fatal' | 'warning' | 'info', Record<Language, string>> = {
  fatal: { fr: 'erreur', en: 'error' },
  warning: { fr: 'avertissement', en: 'warning' },
  info: { fr: 'info', en: 'info' },
};

/**
 * A validation report as plain text for a terminal or a log: verdict, what the document is, one
 * line per layer with its counts, then every finding with its rule, place and message.
 */
export function renderReportText(
  report: ValidationReport,
  options: { readonly title?: string; readonly language?: Language } = {},
): string {
  const lang = options.language ?? 'fr';
  const lines: string[] = [];
  lines.push(`${options.title ? `${options.title} : ` : ''}${VERDICTS[report.verdict][lang]}`);
  if (report.document) lines.push(`  ${report.document.description[lang]}`);
  for (const layer of report.layers) {
    const name = LAYER_NAMES[layer.layer][lang];
    if (layer.status === 'ran') {
      const { fatal, warning } = layer.counts;
      const counts =
        lang === 'fr'
          ? `${fatal} erreur${fatal > 1 ? 's' : ''}, ${warning} avertissement${warning > 1 ? 's' : ''}`
          : `${fatal} error${fatal === 1 ? '' : 's'}, ${warning} warning${warning === 1 ? '' : 's'}`;
      lines.push(`  ${name} : ${counts}`);
    } else {
      const status =
        layer.status === 'skipped'
          ? lang === 'fr'
            ? 'non exécuté'
            : 'skipped'
          : lang === 'fr'
            ? 'ERREUR'
            : 'ERROR';
      lines.push(`  ${name} : ${status}${layer.reason ? ` — ${layer.reason[lang]}` : ''}`);
    }
  }
  for (const f of report.findings) {
    const where = f.location?.line !== undefined ? ` (ligne ${f.location.line})` : '';
    const terms = f.bt.length > 0 ? ` [${f.bt.join(', ')}]` : '';
    lines.push(`  - ${SEVERITY[f.severity][lang]} ${f.rule}${terms}${where} : ${f.message[lang]}`);
  }
  return `${lines.join('\n')}\n`;
}
