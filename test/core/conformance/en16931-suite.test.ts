import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateXml } from '../../../shared/rules/engine';
import type { Finding } from '../../../shared/rules/finding';
import { loadExamples, loadUnitTests, type UnitTestCase } from '../../support/en16931-suite';

/**
 * The official EN 16931 suite (validation artefacts 1.3.16): every unit-test case must give its
 * expected verdict and every example must validate with no fatal finding. Cases we do not pass yet
 * are listed, each with the reason, in `known-failures.json`; the list is a ratchet: a listed case
 * that starts passing, or an unlisted one that starts failing, fails this test. Regenerate the list
 * with `UPDATE_CONFORMANCE=1 npx vitest run --project core test/core/conformance`, or write the
 * current failures elsewhere with `UPDATE_CONFORMANCE=failures.json`.
 */
const BASELINE = 'test/core/conformance/known-failures.json';

interface Baseline {
  readonly unitTests: Record<string, string>;
  readonly examples: Record<string, string>;
}

function problemsOf(test: UnitTestCase, findings: readonly Finding[]): string[] {
  const fired = (rule: string, severity: Finding['severity']) =>
    findings.some((f) => f.rule === rule && f.severity === severity);
  const problems: string[] = [];
  for (const rule of test.errors)
    if (!fired(rule, 'fatal')) problems.push(`${rule} should fail (fatal)`);
  for (const rule of test.warnings)
    if (!fired(rule, 'warning')) problems.push(`${rule} should fail (warning)`);
  for (const rule of test.successes)
    if (findings.some((f) => f.rule === rule)) problems.push(`${rule} should not fire`);
  return problems;
}

describe('official EN 16931 suite', async () => {
  const baseline: Baseline = JSON.parse(readFileSync(BASELINE, 'utf8'));
  const units = loadUnitTests();
  const examples = loadExamples();

  const unitFailures: Record<string, string> = {};
  for (const test of units) {
    const report = await validateXml(test.xml, { rules: ['en16931'] });
    const problems = problemsOf(test, report.findings);
    if (report.layers.some((l) => l.status === 'error')) problems.push('a layer could not run');
    if (problems.length > 0) unitFailures[test.id] = problems.join('; ');
  }
  const exampleFailures: Record<string, string> = {};
  for (const example of examples) {
    const report = await validateXml(example.xml, { rules: ['en16931'] });
    const fatal = report.findings.filter((f) => f.severity === 'fatal').map((f) => f.rule);
    if (fatal.length > 0 || report.verdict !== 'valid') {
      exampleFailures[example.name] =
        `verdict ${report.verdict}; fatal: ${[...new Set(fatal)].join(', ')}`;
    }
  }

  // UPDATE_CONFORMANCE=1 rewrites the baseline; any other value is a path to write the results to
  // (to look at them without touching the committed list).
  const update = process.env.UPDATE_CONFORMANCE;
  if (update) {
    writeFileSync(
      update === '1' ? BASELINE : update,
      `${JSON.stringify({ unitTests: unitFailures, examples: exampleFailures }, null, 2)}\n`,
    );
  }

  it('reads the whole official suite', () => {
    // 915 UBL invoice + 216 UBL credit note + 9 CII cases; 19 UBL + 15 CII examples.
    expect(units.length).toBe(1140);
    expect(examples.length).toBe(34);
  });

  it('fails no unit-test case beyond the known list', () => {
    expect(Object.keys(unitFailures).sort()).toEqual(Object.keys(baseline.unitTests).sort());
  });

  it('fails no official example beyond the known list', () => {
    expect(Object.keys(exampleFailures).sort()).toEqual(Object.keys(baseline.examples).sort());
  });
});
