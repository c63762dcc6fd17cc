import { describe, expect, it } from 'vitest';
import { escapeHtml, renderReportHtml } from '../../shared/report/html';
import type { ValidationReport } from '../../shared/rules/report';
import { facturxEn16931Pdf, post, ublExample } from './support/documents';
import { harness } from './support/harness';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const SCRIPT = '<script>alert(1)</script>';

/** Markup that would load or run something: a report page must have none. */
function activeMarkup(html: string): string[] {
  return [...html.matchAll(/<(script|img|link|iframe|object|embed)\b|\s(src|href|on\w+)=/gi)].map(
    (match) => match[0],
  );
}

const report: ValidationReport = {
  verdict: 'invalid',
  document: {
    kind: 'ubl-invoice',
    syntax: 'ubl',
    profile: undefined,
    description: { fr: 'Facture UBL <2.1>', en: 'UBL invoice <2.1>' },
  },
  layers: [
    {
      layer: 'xml',
      status: 'ran',
      artefact: { name: 'XML', version: '1.0' },
      counts: { fatal: 0, warning: 0, info: 0 },
      rules: 1,
    },
    {
      layer: 'xsd',
      status: 'skipped',
      artefact: { name: 'XSD', version: '2.1' },
      reason: { fr: 'Contrôle XSD non demandé.', en: 'XSD check not requested.' },
      counts: { fatal: 0, warning: 0, info: 0 },
      rules: 0,
    },
    {
      layer: 'en16931',
      status: 'ran',
      artefact: { name: 'EN 16931', version: '1.3.16' },
      counts: { fatal: 1, warning: 1, info: 0 },
      rules: 200,
    },
    {
      layer: 'chorus',
      status: 'ran',
      artefact: { name: 'Chorus', version: '1' },
      counts: { fatal: 0, warning: 0, info: 1 },
      rules: 30,
    },
  ],
  findings: [
    {
      rule: 'BR-CO-15',
      severity: 'fatal',
      layer: 'en16931',
      message: { fr: 'Total « A & B » faux', en: 'Total "A & B" wrong' },
      bt: ['BT-112', 'BT-109'],
      location: { line: 107, column: 9, xpath: '/Invoice/cac:LegalMonetaryTotal' },
    },
    {
      rule: 'BR-DEC-<x>',
      severity: 'warning',
      layer: 'en16931',
      message: { fr: `Valeur ${SCRIPT}`, en: `Value ${SCRIPT}` },
      bt: [],
    },
    {
      rule: 'CHORUS-34',
      severity: 'info',
      layer: 'chorus',
      message: { fr: 'Unicité non vérifiée', en: 'Uniqueness not checked' },
      bt: ['BT-1'],
    },
  ],
};

describe('renderReportHtml', () => {
  it('escapes the five characters that matter in HTML', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('shows the verdict, the document, the layers and every finding, escaped', () => {
    const html = renderReportHtml(report, {
      invoice: {
        number: SCRIPT,
        issueDate: '2026-11-20',
        totalWithVat: '12345.6',
        currency: 'EUR',
      },
      format: 'xml',
      details: [{ label: { fr: 'Date des contrôles', en: 'Date' }, value: '2026-11-20' }],
    });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="fr">')).toBe(true);
    expect(html).toContain('NON VALIDE');
    expect(html).toContain('1 erreur bloquante : le document serait rejeté.');
    expect(html).not.toContain(SCRIPT);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Facture UBL &lt;2.1&gt;');
    expect(html).toContain('Total « A &amp; B » faux');
    expect(html).toContain('BR-DEC-&lt;x&gt;');
    expect(html).toContain('20/11/2026');
    expect(html).toContain('12\u202f345,6 EUR');
    expect(html).toContain('ligne 107, colonne 9');
    expect(html).toContain('<span class="bt">BT-112</span> <span class="bt">BT-109</span>');
    expect(html).toContain('Contrôle XSD non demandé.');
    expect(html).toContain('@media print');
    expect(activeMarkup(html)).toEqual([]);
  });

  it('groups findings by layer, then by severity', () => {
    const html = renderReportHtml(report);
    const order = [
      '<h3>EN 16931</h3>',
      'Erreurs (1)',
      'BR-CO-15',
      'Avertissements (1)',
      'BR-DEC',
      '<h3>Chorus Pro</h3>',
      'Informations (1)',
      'CHORUS-34',
    ];
    const positions = order.map((text) => html.indexOf(text));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("shows a finding's official test id next to its rule", () => {
    const html = renderReportHtml({
      ...report,
      findings: [
        {
          rule: 'BR-FR-05',
          assert: 'BR-FR-05_BT-22_<PMT>',
          severity: 'fatal',
          layer: 'fr',
          message: { fr: 'Ajoutez la note PMT.', en: 'Add the PMT note.' },
          bt: ['BT-22'],
        },
      ],
    });
    expect(html).toContain(
      '<span class="rule">BR-FR-05</span> <span class="assert" title="Contrôle officiel en échec">BR-FR-05_BT-22_&lt;PMT&gt;</span>',
    );
    expect(renderReportHtml(report)).not.toContain('class="assert"');
  });

  it('speaks English when asked', () => {
    const html = renderReportHtml(
      { ...report, findings: [], verdict: 'valid' },
      { language: 'en' },
    );
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('VALID');
    expect(html).toContain('No findings: nothing to fix.');
  });
});

describe('POST /v1/validate with Accept: text/html', () => {
  it('answers a printable page whose invoice values are escaped', async () => {
    const h = await harness();
    const xml = ublExample.replace(
      '<cbc:ID>12115118</cbc:ID>',
      '<cbc:ID>F-&lt;script&gt;alert(1)&lt;/script&gt;</cbc:ID>',
    );
    const response = await h.request(
      '/v1/validate?rules=en16931,chorus&xsd=false',
      post(xml, 'application/xml', { accept: BROWSER_ACCEPT }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    expect(html).not.toContain('<script>');
    // In the summary and in CHORUS-01's message (longer than 20 characters).
    expect(html).toContain('<td>F-&lt;script&gt;alert(1)&lt;/script&gt;</td>');
    expect(html).toMatch(/CHORUS-01[\s\S]*F-&lt;script&gt;/);
    expect(html).toContain('NON VALIDE');
    expect(html).toContain('Date des contrôles');
    expect(activeMarkup(html)).toEqual([]);
  });

  it('renders a Factur-X PDF report, in English with lang=en', async () => {
    const h = await harness();
    const response = await h.request(
      '/v1/validate?lang=en',
      post(facturxEn16931Pdf, 'application/pdf', { accept: 'text/html' }),
    );
    expect(response.headers.get('content-language')).toBe('en');
    const html = await response.text();
    expect(html).toContain('VALID');
    expect(html).toContain('Factur-X PDF');
    expect(html).toContain('F20260025');
  });

  it('keeps JSON for API clients', async () => {
    const h = await harness();
    for (const accept of ['application/json', '*/*', 'application/json, text/html;q=0.5']) {
      const response = await h.request(
        '/v1/validate?xsd=false',
        post(ublExample, 'application/xml', { accept }),
      );
      expect(response.headers.get('content-type'), accept).toContain('application/json');
    }
  });
});
