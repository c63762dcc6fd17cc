import { describe, expect, it } from 'vitest';
import { RULE_LAYERS, rulesFor } from '../../../shared/rules/engine';
import type { Rule, RuleContext, RuleFamily } from '../../../shared/rules/rule';
import { type RuleRun, runRules } from '../../../shared/rules/run-rules';
import { detectDocument } from '../../../shared/syntax/detect';
import { readInvoice } from '../../../shared/syntax/read';
import { parseXml } from '../../../shared/xml';
import { loadExamples, loadUnitTests } from '../../support/en16931-suite';

function contextOf(xml: string | Uint8Array): RuleContext {
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  const detected = detectDocument(parsed.document.root);
  const read = readInvoice(parsed.document);
  if ('error' in read) throw new Error(read.error.en);
  return {
    invoice: read.invoice,
    sources: read.sources,
    rejected: read.rejected ?? new Map(),
    ...(read.blank ? { blank: read.blank } : {}),
    profile: detected.profile,
    options: {},
    memo: new Map(),
    xml: { document: parsed.document, syntax: detected.syntax ?? 'ubl', detected },
  };
}

const ALONE = new WeakMap<readonly Rule[], readonly Rule[]>();

/** The same rules without their family: the runner then calls every member's check. */
function alone(rules: readonly Rule[]): readonly Rule[] {
  let single = ALONE.get(rules);
  if (single === undefined) {
    single = rules.map(({ family: _, ...rule }) => rule);
    ALONE.set(rules, single);
  }
  return single;
}

/** Every rule layer on a document, run by the runner as given and with each rule alone. */
function bothWays(xml: string | Uint8Array): { grouped: RuleRun[]; alone: RuleRun[] } {
  const grouped: RuleRun[] = [];
  const single: RuleRun[] = [];
  const context = contextOf(xml);
  for (const layer of RULE_LAYERS) {
    const selection = rulesFor(layer, context.xml?.syntax, context.profile);
    if ('skip' in selection) continue;
    grouped.push(runRules(layer, selection.rules, context));
    single.push(runRules(layer, alone(selection.rules), { ...context, memo: new Map() }));
  }
  return { grouped, alone: single };
}

describe('rule families', () => {
  it('give the findings of checking every member, in the same order, on the official unit cases and examples', () => {
    const documents = [...loadUnitTests().map((t) => t.xml), ...loadExamples().map((e) => e.xml)];
    let compared = 0;
    for (const xml of documents) {
      const { grouped, alone } = bothWays(xml);
      expect(grouped).toEqual(alone);
      compared += grouped.reduce((n, run) => n + run.findings.length, 0);
    }
    // The cases exercise the families: syntax-binding and code-list findings are among these.
    expect(compared).toBeGreaterThan(1000);
  }, 120_000);

  it('check every member when the family cannot say which fail, so that each reports the failure', () => {
    const family: RuleFamily = {
      failing: () => {
        throw new Error('broken walk');
      },
    };
    const member = (id: string): Rule => ({
      id,
      layer: 'en16931',
      flag: 'fatal',
      bt: [],
      message: { fr: id, en: id },
      family,
      check: () => {
        throw new Error('broken walk');
      },
    });
    const context = contextOf(loadExamples()[0]?.xml ?? '');
    const run = runRules('en16931', [member('A-1'), member('A-2')], context);
    expect(run.failures).toEqual([
      { rule: 'A-1', cause: 'broken walk' },
      { rule: 'A-2', cause: 'broken walk' },
    ]);
  });

  it('call only the failing members, in list order, ids repeated included', () => {
    const called: string[] = [];
    const family: RuleFamily = { failing: () => ['B-3', 'B-1', 'not-a-member'] };
    const member = (id: string): Rule => ({
      id,
      layer: 'en16931',
      flag: 'warning',
      bt: [],
      message: { fr: id, en: id },
      family,
      check: () => {
        called.push(id);
        return [{}];
      },
    });
    const context = contextOf(loadExamples()[0]?.xml ?? '');
    const rules = [member('B-1'), member('B-2'), member('B-3'), member('B-1')];
    const run = runRules('en16931', rules, context);
    expect(called).toEqual(['B-1', 'B-3', 'B-1']);
    expect(run.findings.map((f) => f.rule)).toEqual(['B-1', 'B-3', 'B-1']);
  });
});
