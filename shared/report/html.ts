/**
 * A validation report as one self-contained HTML page, to read on screen or print: the verdict,
 * what the document is, the layers with their counts, then the findings grouped by layer and
 * severity with their line and business terms. Pure: no clock, no I/O; everything it shows is
 * escaped (invoice values come from anyone), and the page loads nothing (inline CSS, no script).
 */
import type { Language, LocalizedText } from '../i18n/text';
import { LAYERS, type Layer, type Severity } from '../rules/finding';
import type { ValidationReport, Verdict } from '../rules/report';
import { LAYER_LABELS, STATUS_LABELS, VERDICT_LABELS } from './labels';
import type { InvoiceSummary } from './summary';

export interface ReportHtmlOptions {
  readonly language?: Language;
  /** The page title; defaults to « Rapport de validation » and the invoice number. */
  readonly title?: string;
  /** Which invoice the report is about, when the caller has read it. */
  readonly invoice?: InvoiceSummary;
  /** `xml` or `pdf`: what was handed in. */
  readonly format?: string;
  /** More lines for the « Document » block: date of the checks, layers asked for, recipient… */
  readonly details?: readonly { readonly label: LocalizedText; readonly value: string }[];
}

/** `&`, `<`, `>`, `"` and `'` as entities: safe in text and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

type Words = Record<Language, string>;

const WORDS = {
  heading: { fr: 'Rapport de validation', en: 'Validation report' },
  document: { fr: 'Document', en: 'Document' },
  checks: { fr: 'Contrôles', en: 'Checks' },
  findings: { fr: 'Constats', en: 'Findings' },
  layer: { fr: 'Couche', en: 'Layer' },
  status: { fr: 'Statut', en: 'Status' },
  rules: { fr: 'Règles', en: 'Rules' },
  reference: { fr: 'Référentiel', en: 'Reference' },
  none: {
    fr: 'Aucun constat : rien à corriger.',
    en: 'No findings: nothing to fix.',
  },
  kind: { fr: 'Nature', en: 'Kind' },
  format: { fr: 'Fichier', en: 'File' },
  profile: { fr: 'Profil (BT-24)', en: 'Profile (BT-24)' },
  number: { fr: 'Numéro (BT-1)', en: 'Number (BT-1)' },
  issueDate: { fr: "Date d'émission (BT-2)", en: 'Issue date (BT-2)' },
  typeCode: { fr: 'Type (BT-3)', en: 'Type (BT-3)' },
  seller: { fr: 'Vendeur (BT-27)', en: 'Seller (BT-27)' },
  buyer: { fr: 'Acheteur (BT-44)', en: 'Buyer (BT-44)' },
  totalWithVat: { fr: 'Total TTC (BT-112)', en: 'Total with VAT (BT-112)' },
  amountDue: { fr: 'Montant à payer (BT-115)', en: 'Amount due (BT-115)' },
  line: { fr: 'ligne', en: 'line' },
  assert: { fr: 'Contrôle officiel en échec', en: 'Official check that failed' },
  column: { fr: 'colonne', en: 'column' },
  unreadable: {
    fr: "Le document n'a pas pu être lu : voir les constats.",
    en: 'The document could not be read: see the findings.',
  },
  footer: {
    fr: 'Rapport produit par Chorus Assist. Il ne remplace pas le contrôle fait par Chorus Pro au dépôt.',
    en: 'Report made by Chorus Assist. It does not replace the check Chorus Pro makes on deposit.',
  },
} satisfies Record<string, Words>;

const SEVERITY_HEADINGS: Record<Severity, Words> = {
  fatal: { fr: 'Erreurs', en: 'Errors' },
  warning: { fr: 'Avertissements', en: 'Warnings' },
  info: { fr: 'Informations', en: 'Information' },
};

const SEVERITIES: readonly Severity[] = ['fatal', 'warning', 'info'];

function verdictSentence(report: ValidationReport, language: Language): string {
  const fatal = report.findings.filter((f) => f.severity === 'fatal').length;
  const sentences: Record<Verdict, Words> = {
    valid: {
      fr: "Tous les contrôles demandés ont été faits et aucune erreur bloquante n'a été trouvée.",
      en: 'Every check asked for was made and no blocking error was found.',
    },
    invalid: {
      fr: `${fatal} erreur${fatal > 1 ? 's' : ''} bloquante${fatal > 1 ? 's' : ''} : le document serait rejeté.`,
      en: `${fatal} blocking error${fatal === 1 ? '' : 's'}: the document would be rejected.`,
    },
    error: {
      fr: "Au moins un contrôle n'a pas pu être fait : le document n'est PAS déclaré valide.",
      en: 'At least one check could not be made: the document is NOT declared valid.',
    },
  };
  return sentences[report.verdict][language];
}

/** `2026-11-20` → `20/11/2026` in French; other text as it is. */
function displayDate(value: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match || language !== 'fr') return value;
  return `${match[3]}/${match[2]}/${match[1]}`;
}

/** `1234.5` → `1 234,5` in French (narrow no-break space); other text as it is. */
function displayAmount(value: string, language: Language): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (!match || language !== 'fr') return value;
  const [, sign = '', whole = '', fraction] = match;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return `${sign}${grouped}${fraction === undefined ? '' : `,${fraction}`}`;
}

function row(label: string, value: string): string {
  return `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`;
}

function documentBlock(
  report: ValidationReport,
  options: ReportHtmlOptions,
  language: Language,
): string {
  const rows: string[] = [];
  const doc = report.document;
  if (doc) {
    rows.push(row(WORDS.kind[language], doc.description[language]));
    if (doc.profile) rows.push(row(WORDS.profile[language], doc.profile.specificationId));
  } else {
    rows.push(row(WORDS.kind[language], WORDS.unreadable[language]));
  }
  if (options.format) rows.push(row(WORDS.format[language], options.format.toUpperCase()));
  const invoice = options.invoice ?? {};
  const money = (amount: string) =>
    `${displayAmount(amount, language)}${invoice.currency ? ` ${invoice.currency}` : ''}`;
  if (invoice.number !== undefined) rows.push(row(WORDS.number[language], invoice.number));
  if (invoice.issueDate !== undefined) {
    rows.push(row(WORDS.issueDate[language], displayDate(invoice.issueDate, language)));
  }
  if (invoice.typeCode !== undefined) rows.push(row(WORDS.typeCode[language], invoice.typeCode));
  if (invoice.seller !== undefined) rows.push(row(WORDS.seller[language], invoice.seller));
  if (invoice.buyer !== undefined) rows.push(row(WORDS.buyer[language], invoice.buyer));
  if (invoice.totalWithVat !== undefined) {
    rows.push(row(WORDS.totalWithVat[language], money(invoice.totalWithVat)));
  }
  if (invoice.amountDue !== undefined) {
    rows.push(row(WORDS.amountDue[language], money(invoice.amountDue)));
  }
  for (const detail of options.details ?? []) rows.push(row(detail.label[language], detail.value));
  return `<section><h2>${WORDS.document[language]}</h2><table class="facts">${rows.join('')}</table></section>`;
}

function layersBlock(report: ValidationReport, language: Language): string {
  const head = [
    WORDS.layer[language],
    WORDS.status[language],
    SEVERITY_HEADINGS.fatal[language],
    SEVERITY_HEADINGS.warning[language],
    SEVERITY_HEADINGS.info[language],
    WORDS.rules[language],
    WORDS.reference[language],
  ]
    .map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`)
    .join('');
  const body = report.layers
    .map((layer) => {
      const status = STATUS_LABELS[layer.status][language];
      const reason = layer.reason
        ? `<div class="reason">${escapeHtml(layer.reason[language])}</div>`
        : '';
      const counts =
        layer.status === 'ran'
          ? [layer.counts.fatal, layer.counts.warning, layer.counts.info]
              .map((n, i) => `<td class="count${n > 0 ? ` n-${SEVERITIES[i]}` : ''}">${n}</td>`)
              .join('')
          : '<td class="count">–</td><td class="count">–</td><td class="count">–</td>';
      return `<tr class="status-${layer.status}"><th scope="row">${escapeHtml(LAYER_LABELS[layer.layer][language])}</th><td>${escapeHtml(status)}${reason}</td>${counts}<td class="count">${layer.rules}</td><td class="artefact">${escapeHtml(`${layer.artefact.name} ${layer.artefact.version}`)}</td></tr>`;
    })
    .join('');
  return `<section><h2>${WORDS.checks[language]}</h2><table class="layers"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></section>`;
}

function findingItem(finding: ValidationReport['findings'][number], language: Language): string {
  const where: string[] = [];
  const location = finding.location;
  if (location?.line !== undefined) {
    where.push(
      `${WORDS.line[language]} ${location.line}${location.column !== undefined ? `, ${WORDS.column[language]} ${location.column}` : ''}`,
    );
  }
  const meta = [
    `<span class="rule">${escapeHtml(finding.rule)}</span>`,
    ...(finding.assert !== undefined
      ? [
          `<span class="assert" title="${WORDS.assert[language]}">${escapeHtml(finding.assert)}</span>`,
        ]
      : []),
    ...where.map((text) => `<span class="where">${escapeHtml(text)}</span>`),
    ...finding.bt.map((term) => `<span class="bt">${escapeHtml(term)}</span>`),
  ].join(' ');
  const xpath = location?.xpath ? `<code>${escapeHtml(location.xpath)}</code>` : '';
  return `<li class="finding sev-${finding.severity}"><div class="meta">${meta}</div><p>${escapeHtml(finding.message[language])}</p>${xpath}</li>`;
}

function findingsBlock(report: ValidationReport, language: Language): string {
  if (report.findings.length === 0) {
    return `<section><h2>${WORDS.findings[language]}</h2><p class="none">${WORDS.none[language]}</p></section>`;
  }
  const byLayer = new Map<Layer, ValidationReport['findings'][number][]>();
  for (const finding of report.findings) {
    const list = byLayer.get(finding.layer) ?? [];
    list.push(finding);
    byLayer.set(finding.layer, list);
  }
  const parts: string[] = [];
  for (const layer of LAYERS) {
    const findings = byLayer.get(layer);
    if (!findings) continue;
    parts.push(`<h3>${escapeHtml(LAYER_LABELS[layer][language])}</h3>`);
    for (const severity of SEVERITIES) {
      const some = findings.filter((f) => f.severity === severity);
      if (some.length === 0) continue;
      parts.push(
        `<h4 class="sev-${severity}">${SEVERITY_HEADINGS[severity][language]} (${some.length})</h4><ol class="findings">${some.map((f) => findingItem(f, language)).join('')}</ol>`,
      );
    }
  }
  return `<section><h2>${WORDS.findings[language]} (${report.findings.length})</h2>${parts.join('')}</section>`;
}

const STYLE = `
:root{color-scheme:light;--fatal:#b3261e;--warning:#8a5a00;--info:#2f5d8a;--ok:#1e6b34;--line:#d8d8d8}
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;max-width:60rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.5rem;margin:0 0 .5rem}h2{font-size:1.2rem;border-bottom:1px solid var(--line);padding-bottom:.2rem;margin-top:1.8rem}
h3{font-size:1.05rem;margin:1.2rem 0 .4rem}h4{font-size:.95rem;margin:.8rem 0 .3rem}
.verdict{border:2px solid;border-radius:.4rem;padding:.8rem 1rem}
.verdict .badge{font-weight:700;font-size:1.3rem;margin:0}
.verdict p{margin:.3rem 0 0}
.verdict-valid{border-color:var(--ok);background:#eef7f0}.verdict-valid .badge{color:var(--ok)}
.verdict-invalid{border-color:var(--fatal);background:#fbeeed}.verdict-invalid .badge{color:var(--fatal)}
.verdict-error{border-color:var(--warning);background:#fdf5e6}.verdict-error .badge{color:var(--warning)}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid var(--line)}
.facts th{width:14rem;font-weight:600}
.count{text-align:right;white-space:nowrap}
.n-fatal{color:var(--fatal);font-weight:700}.n-warning{color:var(--warning);font-weight:700}
.reason{font-size:.85rem;color:#555}.artefact{font-size:.85rem;color:#555}
.status-error th,.status-error td:nth-child(2){color:var(--fatal)}
.findings{padding-left:1.6rem}
.finding{margin:.5rem 0;padding-left:.4rem;border-left:3px solid var(--line)}
.finding p{margin:.2rem 0}
.finding code{font-size:.8rem;color:#555;word-break:break-all}
.sev-fatal.finding{border-color:var(--fatal)}.sev-warning.finding{border-color:var(--warning)}.sev-info.finding{border-color:var(--info)}
h4.sev-fatal{color:var(--fatal)}h4.sev-warning{color:var(--warning)}h4.sev-info{color:var(--info)}
.meta span{display:inline-block;font-size:.8rem;padding:0 .35rem;border-radius:.2rem;margin-right:.2rem}
.rule{font-weight:700;background:#eee}.assert{font-family:ui-monospace,monospace;background:#f3f3f3;color:#444}.where{background:#f3f3f3}.bt{background:#e8eef6;color:#1f3f66}
.none{color:var(--ok);font-weight:600}
footer{margin-top:2rem;font-size:.8rem;color:#666}
@page{margin:15mm}
@media print{body{padding:0;max-width:none;font-size:10.5pt}.verdict,.meta span{print-color-adjust:exact;-webkit-print-color-adjust:exact}
.finding,tr{break-inside:avoid}h2,h3,h4{break-after:avoid}}
`;

/** The report as a complete HTML document (UTF-8). */
export function renderReportHtml(
  report: ValidationReport,
  options: ReportHtmlOptions = {},
): string {
  const language = options.language ?? 'fr';
  const number = options.invoice?.number;
  const title =
    options.title ?? `${WORDS.heading[language]}${number !== undefined ? ` — ${number}` : ''}`;
  const verdict = `<header class="verdict verdict-${report.verdict}"><h1>${escapeHtml(title)}</h1><p class="badge">${VERDICT_LABELS[report.verdict][language]}</p><p>${escapeHtml(verdictSentence(report, language))}</p></header>`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style></head>`,
    '<body>',
    verdict,
    documentBlock(report, options, language),
    layersBlock(report, language),
    findingsBlock(report, language),
    `<footer>${WORDS.footer[language]}</footer>`,
    '</body></html>',
    '',
  ].join('\n');
}
