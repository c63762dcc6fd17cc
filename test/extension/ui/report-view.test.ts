import { html } from 'htm/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportView } from '../../../extension/ui/report-view';
import { validateModel, validateXml } from '../../../shared/rules/engine';
import { LAYERS } from '../../../shared/rules/finding';
import { FNFE_UBL, fixtureBytes, fixtureInvoice } from './fixtures';
import { mount, plain, unmountAll } from './render';

const LAYERS_CHECKED = ['en16931', 'profile', 'fr', 'chorus'] as const;

describe('ReportView', () => {
  afterEach(unmountAll);

  it('lists every finding of a real report under its layer, with its rule id and French message', async () => {
    const report = await validateXml(fixtureBytes(FNFE_UBL), {
      rules: LAYERS_CHECKED,
      ruleOptions: { today: '2026-02-03' },
    });
    const root = mount(html`<${ReportView} report=${report} />`);
    const items = [...root.querySelectorAll('li.finding')];
    expect(items.map((item) => item.getAttribute('data-rule')).sort()).toEqual(
      report.findings.map((finding) => finding.rule).sort(),
    );
    for (const finding of report.findings) {
      const item = items.find((li) => li.getAttribute('data-rule') === finding.rule);
      expect(plain(item?.textContent)).toContain(plain(finding.message.fr));
      // Each finding sits in the section of its own layer.
      const section = item?.closest('section.layer-findings');
      expect(section?.querySelector('h4')?.id).toBe(`findings-${finding.layer}`);
    }
    expect(root.querySelectorAll('li.layer')).toHaveLength(report.layers.length);
    expect(root.querySelector('.report')?.getAttribute('data-verdict')).toBe(report.verdict);
  });

  it('says how many blocking errors there are and groups them before warnings', () => {
    const { 'BT-1': _number, ...invoice } = fixtureInvoice(FNFE_UBL);
    const report = validateModel(invoice, { rules: LAYERS_CHECKED });
    const fatal = report.findings.filter((finding) => finding.severity === 'fatal');
    expect(fatal.map((finding) => finding.rule)).toContain('BR-02');
    const root = mount(html`<${ReportView} report=${report} />`);
    expect(plain(root.querySelector('[role="alert"]')?.textContent)).toBe(
      `${fatal.length} erreur(s) bloquante(s) : Chorus Pro refusera cette facture en l’état.`,
    );
    for (const layer of LAYERS) {
      const summaries = [
        ...root.querySelectorAll(`section[aria-labelledby="findings-${layer}"] summary`),
      ];
      const order = summaries.map((summary) => plain(summary.textContent).split(' (')[0]);
      const expected = ['Erreurs', 'Avertissements', 'Informations'].filter((word) =>
        order.includes(word),
      );
      expect(order).toEqual(expected);
    }
  });

  it('speaks English when the panel does', () => {
    const { 'BT-1': _number, ...invoice } = fixtureInvoice(FNFE_UBL);
    const report = validateModel(invoice, { rules: LAYERS_CHECKED });
    const root = mount(html`<${ReportView} report=${report} />`, 'en');
    const first = report.findings[0];
    if (!first) throw new Error('no finding');
    expect(plain(root.textContent)).toContain(plain(first.message.en));
    expect(plain(root.textContent)).not.toContain(plain(first.message.fr));
    expect(plain(root.querySelector('[role="alert"]')?.textContent)).toMatch(/blocking error/);
  });

  it('never shows a report whose layer could not run as valid', async () => {
    const report = await validateXml(fixtureBytes(FNFE_UBL), {
      rules: LAYERS_CHECKED,
      xsd: {
        validate: async (_doc, set) => ({
          status: 'error',
          set,
          message: { fr: 'libxml2 absent', en: 'no libxml2' },
          cause: 'test',
        }),
        prepare: async () => ({ ok: false, cause: 'test' }),
      },
    });
    expect(report.verdict).not.toBe('valid');
    const root = mount(html`<${ReportView} report=${report} />`);
    expect(root.querySelector('.notice-success')).toBeNull();
    expect(root.querySelector('.report')?.getAttribute('data-verdict')).toBe(report.verdict);
    expect(plain(root.querySelector('[data-layer="xsd"]')?.textContent)).toContain(
      'libxml2 absent',
    );
  });
});

describe('ReportView verdicts', () => {
  afterEach(unmountAll);
  const layer = (status: 'ran' | 'error') => ({
    layer: 'xsd' as const,
    status,
    artefact: { name: 'XSD', version: '1' },
    counts: { fatal: 0, warning: 0, info: 0 },
    rules: status === 'ran' ? 1 : 0,
    ...(status === 'error' ? { reason: { fr: 'Schéma absent.', en: 'No schema.' } } : {}),
  });

  it('says « not declared valid » when a layer could not run, and « no blocking error » otherwise', () => {
    const failed = mount(
      html`<${ReportView} report=${{ verdict: 'error', layers: [layer('error')], findings: [] }} />`,
    );
    expect(plain(failed.querySelector('[role="status"]')?.textContent)).toBe(
      'Des contrôles n’ont pas pu être faits : la facture n’est pas déclarée valide.',
    );
    expect(plain(failed.querySelector('[data-layer="xsd"]')?.textContent)).toContain(
      'Schéma absent.',
    );
    const clean = mount(
      html`<${ReportView} report=${{ verdict: 'valid', layers: [layer('ran')], findings: [] }} />`,
      'en',
    );
    expect(plain(clean.querySelector('.notice-success')?.textContent)).toBe('No blocking error.');
    expect(plain(clean.querySelector('[data-layer="xsd"]')?.textContent)).toContain(
      'nothing found',
    );
  });
});
