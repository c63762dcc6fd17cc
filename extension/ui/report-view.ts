/**
 * The validation report of the chosen invoice: the verdict in one sentence, what each layer did,
 * then the findings grouped by layer and by severity, errors first, each with its rule id, its
 * message in the clerk's language, and where it points (line, business terms).
 */
import { html } from 'htm/preact';
import type { VNode } from 'preact';
import { type Finding, LAYERS, type Layer, type Severity } from '../../shared/rules/finding';
import type { LayerReport, ValidationReport } from '../../shared/rules/report';
import { Notice } from './components/notice';
import { type MessageKey, type Translate, useTranslation } from './i18n';

const SEVERITIES: readonly Severity[] = ['fatal', 'warning', 'info'];

export function layerName(t: Translate, layer: Layer): string {
  return t(`layer.${layer}` as MessageKey);
}

function totals(report: ValidationReport): Record<Severity, number> {
  const counts = { fatal: 0, warning: 0, info: 0 };
  for (const finding of report.findings) counts[finding.severity]++;
  return counts;
}

function Verdict(props: { report: ValidationReport }): VNode {
  const { t } = useTranslation();
  const counts = totals(props.report);
  switch (props.report.verdict) {
    case 'valid':
      return html`<${Notice} tone="success">${t('check.verdict.valid')}</${Notice}>`;
    case 'invalid':
      return html`<${Notice} tone="error">${t('check.verdict.invalid', { count: counts.fatal })}</${Notice}>`;
    case 'error':
      return html`<${Notice} tone="warning">${t('check.verdict.error')}</${Notice}>`;
  }
}

function LayerLine(props: { layer: LayerReport }): VNode {
  const { t, l } = useTranslation();
  const { layer } = props;
  const { fatal, warning, info } = layer.counts;
  const status =
    layer.status === 'ran'
      ? t('check.layer.ran', { rules: layer.rules })
      : layer.status === 'skipped'
        ? t('check.layer.skipped')
        : t('check.layer.error');
  const found =
    layer.status !== 'ran'
      ? null
      : fatal + warning + info === 0
        ? t('check.layer.clean')
        : t('check.summary', { fatal, warning, info });
  return html`<li class=${`layer layer-${layer.status}`} data-layer=${layer.layer}>
    <strong>${layerName(t, layer.layer)}</strong> — ${status}${found ? html` ; ${found}` : null}
    ${layer.reason ? html`<div class="hint">${l(layer.reason)}</div>` : null}
  </li>`;
}

function FindingItem(props: { finding: Finding }): VNode {
  const { t, l } = useTranslation();
  const { finding } = props;
  const line = finding.location?.line;
  return html`<li class=${`finding finding-${finding.severity}`} data-rule=${finding.rule}>
    <code class="rule-id">${finding.rule}</code>
    <span class="finding-message">${l(finding.message)}</span>
    ${
      line !== undefined || finding.bt.length > 0
        ? html`<span class="finding-where">
          ${line !== undefined ? t('check.line', { line }) : null}
          ${line !== undefined && finding.bt.length > 0 ? ' · ' : null}
          ${finding.bt.length > 0 ? `${t('check.terms')} ${finding.bt.join(', ')}` : null}
        </span>`
        : null
    }
  </li>`;
}

function LayerFindings(props: { layer: Layer; findings: readonly Finding[] }): VNode | null {
  const { t } = useTranslation();
  if (props.findings.length === 0) return null;
  const headingId = `findings-${props.layer}`;
  return html`<section class="layer-findings" aria-labelledby=${headingId}>
    <h4 id=${headingId}>${layerName(t, props.layer)}</h4>
    ${SEVERITIES.map((severity) => {
      const group = props.findings.filter((finding) => finding.severity === severity);
      if (group.length === 0) return null;
      return html`<details class=${`severity severity-${severity}`} open=${severity !== 'info'}>
        <summary>${t(`check.severity.${severity}`)} (${group.length})</summary>
        <ul class="findings">
          ${group.map((finding) => html`<${FindingItem} finding=${finding} />`)}
        </ul>
      </details>`;
    })}
  </section>`;
}

export function ReportView(props: { report: ValidationReport }): VNode {
  const { t, l } = useTranslation();
  const { report } = props;
  const counts = totals(report);
  return html`<div class="report" data-verdict=${report.verdict}>
    <${Verdict} report=${report} />
    ${report.document ? html`<p class="hint">${l(report.document.description)}</p>` : null}
    <p>${t('check.summary', counts)}</p>
    <ul class="layers">
      ${report.layers.map((layer) => html`<${LayerLine} layer=${layer} />`)}
    </ul>
    ${LAYERS.map(
      (layer) =>
        html`<${LayerFindings}
          layer=${layer}
          findings=${report.findings.filter((finding) => finding.layer === layer)}
        />`,
    )}
  </div>`;
}
