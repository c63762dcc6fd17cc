/**
 * BR-FR on a model that did not come from XML (JSON, the portal form): the rules read the model
 * with the CII file's semantics. The base is the model the CII reader makes of the FNFE sample
 * F20260023; each case changes one term.
 */
import { describe, expect, it } from 'vitest';
import type { Invoice } from '../../../../shared/model';
import { validateModel } from '../../../../shared/rules/engine';
import { modelOfXml } from '../../../support/model-of-xml';
import { CII_BASE, frModelAsserts } from './support';

const BASE: Invoice = modelOfXml(CII_BASE);

/** A deep copy of the base, changed by `change`. */
function changed(change: (invoice: Invoice) => void): Invoice {
  const copy = structuredClone(BASE);
  change(copy);
  return copy;
}

describe('BR-FR on the model', () => {
  it('the model of the base sample passes every BR-FR rule', () => {
    expect(frModelAsserts(BASE)).toEqual([]);
  });

  it.each([
    {
      name: 'no PMT note',
      change: (i: Invoice) => {
        i['BG-1'] = (i['BG-1'] ?? []).filter((n) => n['BT-21'] !== 'PMT');
      },
      expect: ['BR-FR-05 BR-FR-05_BT-22_PMT'],
    },
    {
      name: 'Chorus Pro frame A1',
      change: (i: Invoice) => {
        i['BG-2'] = { ...i['BG-2'], 'BT-23': 'A1' };
      },
      expect: ['BR-FR-08 BR-FR-08_BT-23'],
    },
    {
      name: 'SIRET as the seller SIREN',
      change: (i: Invoice) => {
        if (i['BG-4']) i['BG-4']['BT-30'] = { id: '12345678200077', scheme: '0002' };
      },
      expect: ['BR-FR-09 BR-FR-09_BT-29', 'BR-FR-10 BR-FR-10_BT-30', 'BR-FR-32 BR-FR-32-LEGALID'],
    },
    {
      name: 'line VAT rate 19.5',
      change: (i: Invoice) => {
        const vat = i['BG-25']?.[2]?.['BG-30'];
        if (vat) vat['BT-152'] = '19.5';
      },
      expect: ['BR-FR-16 BR-FR-16_BT-152'],
    },
    {
      name: 'due date before the invoice date',
      change: (i: Invoice) => {
        i['BT-9'] = '2026-01-30';
      },
      expect: ['BR-FR-CO-07 BR-FR-CO-07_BT-9'],
    },
    {
      name: 'buyer electronic address missing',
      change: (i: Invoice) => {
        if (i['BG-7']) delete i['BG-7']['BT-49'];
      },
      expect: ['BR-FR-12 BR-FR-12_BT-49'],
    },
    {
      name: 'two 0088 seller identifiers',
      change: (i: Invoice) => {
        i['BG-4']?.['BT-29']?.push({ id: '587451236588', scheme: '0088' });
      },
      expect: ['BR-FR-CO-10 BR-FR-CO-10_BT-29-2'],
    },
    {
      name: 'sub-type and parent line in extensions (multi-vendor frame without sub-invoices)',
      change: (i: Invoice) => {
        i['BG-2'] = { ...i['BG-2'], 'BT-23': 'S8' };
        for (const line of i['BG-25'] ?? []) line.extensions = { 'EXT-FR-FE-163': 'DETAIL' };
      },
      expect: [
        'BR-FR-MV-02 BR-FR-MV-02_EXT-FR-FE-163',
        'BR-FR-MV-06 BR-FR-MV-06_EXT-FR-FE-167',
        'BR-FR-MV-06 BR-FR-MV-06_EXT-FR-FE-167',
        'BR-FR-MV-06 BR-FR-MV-06_EXT-FR-FE-167',
        'BR-FR-MV-07 BR-FR-MV-07_BT-128',
        'BR-FR-MV-07 BR-FR-MV-07_BT-128',
        'BR-FR-MV-07 BR-FR-MV-07_BT-128',
        'BR-FR-MV-08 BR-FR-MV-08_BT-128',
        'BR-FR-MV-08 BR-FR-MV-08_BT-128',
        'BR-FR-MV-08 BR-FR-MV-08_BT-128',
      ],
    },
  ])('fails: $name', ({ change, expect: expected }) => {
    expect(frModelAsserts(changed(change))).toEqual([...expected].sort());
  });

  it('an identifier without scheme is CII’s scheme-less seller id, not a CO-10 error', () => {
    const invoice = changed((i) => {
      i['BG-4']?.['BT-29']?.push({ id: 'INTERNE-42' });
    });
    expect(frModelAsserts(invoice)).toEqual([]);
  });

  it('points findings at model terms, located through the source map when there is one', () => {
    const invoice = changed((i) => {
      i['BT-9'] = '2026-01-30';
    });
    const report = validateModel(invoice, { rules: ['fr'] });
    expect(report.findings.map((f) => f.rule)).toEqual(['BR-FR-CO-07']);
    const located = validateModel(invoice, {
      rules: ['fr'],
      sources: new Map([['/BT-9', { xpath: '/x/BT-9', line: 7, column: 3 }]]),
    });
    expect(located.findings[0]?.location).toEqual({ xpath: '/x/BT-9', line: 7, column: 3 });
  });
});
