import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_EXTENSIONS } from '../../../../shared/chorus/attachment-extensions';
import { BILLING_FRAMES } from '../../../../shared/chorus/billing-frames';
import { PORTAL_PAYMENT_MODES } from '../../../../shared/chorus/payment-modes';
import { CHORUS_RULES } from '../../../../shared/rules/chorus';
import { fixture, TODAY, xmlFindings } from './helpers';

const DOC = fileURLToPath(new URL('../../../../docs/rules/chorus.md', import.meta.url));

describe('the chorus rules', () => {
  it('are CHORUS-01 to CHORUS-35, in order, each once', () => {
    const expected = Array.from(
      { length: 35 },
      (_, n) => `CHORUS-${String(n + 1).padStart(2, '0')}`,
    );
    expect(CHORUS_RULES.map((r) => r.id)).toEqual(expected);
  });

  it('belong to the chorus layer, with a valid flag among their severities', () => {
    for (const rule of CHORUS_RULES) {
      expect(rule.layer).toBe('chorus');
      expect(['fatal', 'warning']).toContain(rule.flag);
      expect(rule.severities.length).toBeGreaterThan(0);
      for (const s of rule.severities) expect(['fatal', 'warning', 'info']).toContain(s);
      if (rule.severities.some((s) => s !== 'info')) expect(rule.severities).toContain(rule.flag);
      expect(rule.bt.length).toBeGreaterThan(0);
    }
  });

  it('have a message in French and in English', () => {
    for (const rule of CHORUS_RULES) {
      expect(rule.message.fr.trim(), rule.id).not.toBe('');
      expect(rule.message.en.trim(), rule.id).not.toBe('');
      expect(rule.message.fr, rule.id).not.toBe(rule.message.en);
    }
  });

  it('name the portal block where the clerk makes the change', () => {
    for (const rule of CHORUS_RULES) {
      expect(rule.message.fr, rule.id).toMatch(/ bloc /);
      expect(rule.message.en, rule.id).toMatch(/ block/);
    }
  });

  it('are listed with their severities under "Implemented" in docs/rules/chorus.md', () => {
    const doc = readFileSync(DOC, 'utf8');
    const implemented = doc.slice(doc.indexOf('## Implemented'));
    const rows = new Map<string, string>();
    for (const match of implemented.matchAll(/^\| (CHORUS-\d\d) \| [^\n]* \| ([a-z /]+) \|$/gm)) {
      rows.set(match[1] ?? '', match[2] ?? '');
    }
    expect([...rows.keys()]).toEqual(CHORUS_RULES.map((r) => r.id));
    for (const rule of CHORUS_RULES) {
      expect(rows.get(rule.id), rule.id).toBe(rule.severities.join(' / '));
    }
  });
});

describe('the Chorus Pro code tables', () => {
  it('match the code lists in test/fixtures/chorus/chorus_pro_codes.json', () => {
    const codes = JSON.parse(fixture('chorus/chorus_pro_codes.json')) as {
      portal_attachment_allowed_extensions: string[];
      codeCadreFacturation: Record<string, string>;
      modePaiement: string[];
    };
    expect([...ATTACHMENT_EXTENSIONS]).toEqual(codes.portal_attachment_allowed_extensions);
    expect(Object.values(BILLING_FRAMES)).toEqual(Object.keys(codes.codeCadreFacturation));
    expect([...PORTAL_PAYMENT_MODES]).toEqual(codes.modePaiement);
  });
});

describe('every FNFE Factur-X sample', () => {
  const base = fileURLToPath(new URL('../../../fixtures/facturx/', import.meta.url));
  const samples = readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(`${base}${d.name}`).map((f) => `facturx/${d.name}/${f}`));

  it('runs through the chorus layer without a rule failing, with the two "not run" infos', async () => {
    expect(samples.length).toBeGreaterThan(70);
    for (const sample of samples) {
      const found = await xmlFindings(fixture(sample), { today: TODAY });
      const infos = found.filter((f) => f.severity === 'info').map((f) => f.rule);
      expect(infos, sample).toContain('CHORUS-28');
      expect(infos, sample).toContain('CHORUS-34');
    }
  });
});
