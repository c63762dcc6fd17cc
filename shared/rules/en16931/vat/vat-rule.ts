import type { LocalizedText } from '../../../i18n/text';
import { formatDecimal } from '../../../model';
import type { Rule, RuleContext, Violation } from '../../rule';
import { ruleId, type VatCategory } from './categories';
import type { NumberTerm } from './number-term';

/** Every VAT category rule of the artefacts 1.3.16 is fatal, in both syntaxes. */
export function vatRule(
  category: VatCategory,
  n: number,
  bt: readonly string[],
  message: LocalizedText,
  check: (context: RuleContext) => readonly Violation[],
): Rule {
  return { id: ruleId(category, n), layer: 'en16931', flag: 'fatal', bt, message, check };
}

/** A number for a message: as written when it was read, else in plain decimal notation. */
export function shown(term: NumberTerm): string {
  switch (term.state) {
    case 'value':
      return term.text;
    case 'malformed':
      return `"${term.found}"`;
    case 'absent':
      return '—';
  }
}

export function plain(value: Parameters<typeof formatDecimal>[0]): string {
  return formatDecimal(value);
}
