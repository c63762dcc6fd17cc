import type { Language } from '../i18n/text';
import type { ValidationReport } from '../rules/report';
import {
  LAYER_LABELS as LAYER_NAMES,
  SEVERITY_LABELS as SEVERITY,
  VERDICT_LABELS as VERDICTS,
} from './labels';

/** Introduces the artefact's id of the failed test, after the rule id. */
const ASSERT_WORD: Record<Language, string> = { fr: 'contrôle', en: 'check' };
const LINE_WORD: Record<Language, string> = { fr: 'ligne', en: 'line' };

/**
 * A validation report as plain text for a terminal or a log: verdict, what the document is, one
 * line per layer with its counts, then every finding with its rule (and the artefact's test id
 * when it has one), place and message.
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
      // A layer that ran may say how (partial profile, BR-FR transition mode).
      lines.push(`  ${name} : ${counts}${layer.reason ? ` — ${layer.reason[lang]}` : ''}`);
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
    const where = f.location?.line !== undefined ? ` (${LINE_WORD[lang]} ${f.location.line})` : '';
    const terms = f.bt.length > 0 ? ` [${f.bt.join(', ')}]` : '';
    const test = f.assert !== undefined ? ` (${ASSERT_WORD[lang]} ${f.assert})` : '';
    lines.push(
      `  - ${SEVERITY[f.severity][lang]} ${f.rule}${test}${terms}${where} : ${f.message[lang]}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
