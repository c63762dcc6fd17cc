/**
 * How the BR-FR layer reports: the official assert id as its own field (the message stays in
 * plain words), and the transition mode of the official `_WARNING` twins (`frSeverity`).
 */
import { describe, expect, it } from 'vitest';
import { validateModel, validateXml } from '../../../../shared/rules/engine';
import type { Finding } from '../../../../shared/rules/finding';
import type { RuleOptions } from '../../../../shared/rules/rule';
import { runRules } from '../../../../shared/rules/run-rules';
import { modelOfXml } from '../../../support/model-of-xml';
import { fixture, UBL_BASE } from './support';

/** FNFE sample with two BR-FR defects (payee SIREN with spaces, two 0088 seller ids). */
const F20260030 = fixture(
  'facturx/Extended/Facture_F20260030-LE_FOURNISSEUR-POUR-LE_CLIENT_EXTENDED.xml',
);

/** The UBL base without its PMT note (`#PMT#…`): BR-FR-05 under its UBL assert id. */
const UBL_WITHOUT_PMT = UBL_BASE.replace(/<cbc:Note>#PMT#[^<]*<\/cbc:Note>/, '');

async function frReport(xml: string, ruleOptions: RuleOptions = {}) {
  const report = await validateXml(xml, { rules: ['fr'], ruleOptions });
  return {
    report,
    layer: report.layers.find((l) => l.layer === 'fr'),
    findings: report.findings.filter((f) => f.layer === 'fr'),
  };
}

/** A finding without its severity, to compare the two modes. */
function withoutSeverity({ severity: _, ...rest }: Finding) {
  return rest;
}

describe('BR-FR assert ids', () => {
  it('gives the assert id of the document syntax as a field, not in the message', async () => {
    expect(UBL_WITHOUT_PMT).not.toBe(UBL_BASE);
    const { findings } = await frReport(UBL_WITHOUT_PMT);
    expect(findings.map((f) => [f.rule, f.assert])).toEqual([['BR-FR-05', 'BR-FR-05_BT-22-1']]);
    const [finding] = findings;
    for (const text of [finding?.message.fr, finding?.message.en]) {
      expect(text).toBeDefined();
      expect(text).not.toContain('BR-FR-05_BT-22');
      expect(text).not.toMatch(/\((contrôle|check) /);
    }
  });

  it('names the CII assert for a CII document and for a model', async () => {
    const { findings } = await frReport(F20260030);
    expect(findings.map((f) => [f.rule, f.assert]).sort()).toEqual([
      ['BR-FR-32', 'BR-FR-32-LEGALID'],
      ['BR-FR-CO-10', 'BR-FR-CO-10_BT-29-2'],
    ]);
    const model = validateModel(modelOfXml(F20260030), { rules: ['fr'] });
    expect(model.findings.every((f) => typeof f.assert === 'string')).toBe(true);
    expect(model.findings.length).toBeGreaterThan(0);
  });

  it('is copied from the violation to the finding only when the rule gives one', () => {
    const context = {
      invoice: {},
      sources: new Map(),
      rejected: new Map(),
      profile: undefined,
      options: {},
      memo: new Map(),
    };
    const rule = (assert?: string) => ({
      id: 'X-1',
      layer: 'fr' as const,
      flag: 'fatal' as const,
      bt: [],
      message: { fr: 'message de la règle', en: 'rule message' },
      check: () => [assert === undefined ? {} : { assert }],
    });
    const [withAssert] = runRules('fr', [rule('X-1_a')], context).findings;
    const [without] = runRules('fr', [rule()], context).findings;
    expect(withAssert?.assert).toBe('X-1_a');
    expect(without).toBeDefined();
    expect(without && 'assert' in without).toBe(false);
  });
});

describe('BR-FR transition mode (frSeverity)', () => {
  it('is fatal by default, with no layer note', async () => {
    for (const options of [{}, { frSeverity: 'fatal' } as const]) {
      const { report, layer, findings } = await frReport(F20260030, options);
      expect(findings.map((f) => f.severity)).toEqual(['fatal', 'fatal']);
      expect(layer?.reason).toBeUndefined();
      expect(report.verdict).toBe('invalid');
    }
  });

  it('turns every BR-FR finding into a warning, as the _WARNING twins do, and says so', async () => {
    const fatal = await frReport(F20260030);
    const transition = await frReport(F20260030, { frSeverity: 'warning' });
    expect(transition.findings.map((f) => f.severity)).toEqual(['warning', 'warning']);
    // Same rules, asserts, places and messages: only the severity changes.
    expect(transition.findings.map(withoutSeverity)).toEqual(fatal.findings.map(withoutSeverity));
    expect(transition.layer).toMatchObject({
      status: 'ran',
      counts: { fatal: 0, warning: 2, info: 0 },
    });
    expect(transition.layer?.reason?.fr).toContain('Mode transitoire');
    expect(transition.layer?.reason?.en).toContain('Transition mode');
    expect(transition.report.verdict).toBe('valid');
  });

  it('leaves the other layers fatal', async () => {
    const broken = F20260030.replace(
      /<ram:GrandTotalAmount>([^<]*)<\/ram:GrandTotalAmount>/,
      '<ram:GrandTotalAmount>1.00</ram:GrandTotalAmount>',
    );
    expect(broken).not.toBe(F20260030);
    const report = await validateXml(broken, {
      rules: ['en16931', 'fr'],
      ruleOptions: { frSeverity: 'warning' },
    });
    const severities = (layer: string) =>
      new Set(report.findings.filter((f) => f.layer === layer).map((f) => f.severity));
    expect(severities('en16931')).toContain('fatal');
    expect([...severities('fr')]).toEqual(['warning']);
  });

  it('applies to a model too', () => {
    const report = validateModel(modelOfXml(F20260030), {
      rules: ['fr'],
      ruleOptions: { frSeverity: 'warning' },
    });
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((f) => f.severity === 'warning')).toBe(true);
  });
});
