/**
 * The BR-FR rules never throw: every official EN 16931 example and unit-test document (1,174
 * odd, partial or broken invoices in both syntaxes) goes through the `fr` layer, which must run.
 */
import { expect, it } from 'vitest';
import { validateXml } from '../../../../shared/rules/engine';
import { loadExamples, loadUnitTests } from '../../../support/en16931-suite';

it('runs on every official EN 16931 example and unit-test document', {
  timeout: 60_000,
}, async () => {
  const documents = [
    ...loadExamples().map((e) => ({ id: e.name, xml: e.xml })),
    ...loadUnitTests().map((t) => ({ id: t.id, xml: t.xml })),
  ];
  const notRun: string[] = [];
  for (const { id, xml } of documents) {
    const report = await validateXml(xml, { rules: ['fr'] });
    const layer = report.layers.find((l) => l.layer === 'fr');
    if (layer?.status !== 'ran') notRun.push(`${id}: ${JSON.stringify(layer?.reason)}`);
  }
  expect(documents.length).toBeGreaterThan(1000);
  expect(notRun).toEqual([]);
});
