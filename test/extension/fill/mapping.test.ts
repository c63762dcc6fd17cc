import { describe, expect, it } from 'vitest';
import { captureForm } from '../../../extension/capture/capture';
import { diffCapture } from '../../../extension/capture/diff';
import {
  isMappingKey,
  mappingEntries,
  PORTAL_FORM_BLOCKS,
  PORTAL_FORM_FIELDS,
  PORTAL_LINES,
  PORTAL_VAT_RECAP,
} from '../../../shared/chorus/portal-form';
import { strategyTests } from '../../../shared/chorus/portal-match';
import { isTermId } from '../../../shared/model';
import replicaHtml from '../../fixtures/portal/cpp/facture/saisie.html?raw';

/** The replica's markup as the server sends it (its page scripts do not run here). */
function loadReplica(): void {
  const body = /<body>([\s\S]*)<\/body>/.exec(replicaHtml)?.[1] ?? '';
  document.body.innerHTML = body.replace(/<script[\s\S]*?<\/script>/g, '');
}

describe('the portal mapping table', () => {
  const entries = mappingEntries();

  it('gives every entry at least two strategies, each with at least one test', () => {
    for (const { mappingKey, entry } of entries) {
      expect(entry.strategies.length, mappingKey).toBeGreaterThanOrEqual(
        mappingKey === 'vatRecap.rate' ? 1 : 2,
      );
      for (const strategy of entry.strategies)
        expect(strategyTests(strategy).length, mappingKey).toBeGreaterThan(0);
    }
  });

  it('names only business terms of the model catalogue', () => {
    const fields = [
      ...Object.values(PORTAL_FORM_FIELDS),
      ...Object.values(PORTAL_LINES.fields),
      ...Object.values(PORTAL_VAT_RECAP.fields),
    ];
    const terms = fields.flatMap((field) => [...field.bt]);
    expect(terms.length).toBeGreaterThan(30);
    expect(terms.filter((term) => !isTermId(term))).toEqual([]);
  });

  it('has unique keys, known blocks, decimals on decimal fields, and dependencies on existing entries', () => {
    const keys = entries.map((ref) => ref.mappingKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const { mappingKey, entry, scope } of entries) {
      if ('block' in entry && entry.block !== undefined)
        expect(Object.keys(PORTAL_FORM_BLOCKS)).toContain(entry.block);
      if (scope === 'actions') continue;
      if (entry.kind === 'decimal') expect(entry.decimals, mappingKey).toBeDefined();
      if (entry.dependsOn !== undefined)
        expect(isMappingKey(entry.dependsOn), mappingKey).toBe(true);
    }
  });

  it('lists label variants without the star or colon the page adds', () => {
    for (const { mappingKey, entry } of entries) {
      for (const strategy of entry.strategies) {
        if (strategy.by !== 'label') continue;
        for (const text of strategy.text) expect(text, mappingKey).not.toMatch(/[*:]\s*$/);
      }
    }
  });

  it('resolves every entry on the replica: header fields on the page, row fields in its row model', () => {
    loadReplica();
    const diff = diffCapture(captureForm(document));
    // The VAT recap has no row until lines exist, and its rows have no model: nothing to resolve.
    const recap = diff.entries.filter((entry) => entry.key.startsWith('vatRecap.'));
    expect(recap.map((entry) => entry.status)).toEqual(['missing', 'missing', 'missing']);
    expect(diff.missing.filter((key) => !key.startsWith('vatRecap.'))).toEqual([]);
    const number = diff.entries.find((entry) => entry.key === 'invoiceNumber');
    expect(number?.strategy).toBe(
      'label « Numéro de facture » | « N° de facture » | « Numéro de la facture »',
    );
  });
});
