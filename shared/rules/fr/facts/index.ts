/**
 * The BR-FR facts of the document a rule context holds, read once per document (`context.memo`)
 * by the adapter of its source: the XML with its syntax's official semantics when there is one,
 * else the model.
 */
import type { RuleContext } from '../../rule';
import { ciiFacts } from './cii';
import { modelFacts } from './model';
import type { FrFacts } from './types';
import { ublFacts } from './ubl';

export type * from './types';

const MEMO_KEY = 'fr/facts';

export function frFacts(context: RuleContext): FrFacts {
  const cached = context.memo.get(MEMO_KEY) as FrFacts | undefined;
  if (cached !== undefined) return cached;
  const { xml } = context;
  const facts =
    xml === undefined
      ? modelFacts(context.invoice)
      : xml.syntax === 'cii'
        ? ciiFacts(xml.document.root)
        : ublFacts(xml.document.root);
  context.memo.set(MEMO_KEY, facts);
  return facts;
}
