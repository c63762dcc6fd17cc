/**
 * Whether an element answers a locator strategy of the mapping table (portal-form.ts), on a plain
 * description of the element — its label texts, ARIA texts, name, id, column header — so the same
 * rules find a field on the live page (extension/fill/locate.ts) and in a saved capture of the form
 * (extension/capture/diff.ts). Pure: no DOM.
 */
import type { LocatorStrategy, TextMatch } from './portal-form';
import { labelStartsWith, normalizeLabel } from './portal-text';

/** What the page says about one element; texts as found (they are normalised here). */
export interface ElementDescriptor {
  readonly id?: string | undefined;
  readonly name?: string | undefined;
  /** Texts of its `<label>` elements. */
  readonly labels: readonly string[];
  /** `aria-label` and the texts named by `aria-labelledby`. */
  readonly aria: readonly string[];
  readonly placeholder?: string | undefined;
  /** Header of the table column it sits in. */
  readonly column?: string | undefined;
  /** Its own text (buttons, links, cells). */
  readonly text?: string | undefined;
}

type Test = (descriptor: ElementDescriptor) => boolean;

function textTest(
  wanted: string,
  match: TextMatch | undefined,
  texts: (d: ElementDescriptor) => readonly string[],
): Test {
  const target = normalizeLabel(wanted);
  return (descriptor) =>
    texts(descriptor).some((text) => {
      const shown = normalizeLabel(text);
      return match === 'prefix' ? labelStartsWith(shown, target) : shown === target;
    });
}

const LETTER_OR_DIGIT = /[A-Za-z0-9]/;
const LETTER = /[A-Za-z]/;

/** `fragment` in `id` with no letter or digit just before it and no letter just after it. */
export function idHasToken(id: string, fragment: string): boolean {
  if (fragment === '') return false;
  let from = id.indexOf(fragment);
  while (from >= 0) {
    const before = from === 0 ? '' : id.charAt(from - 1);
    const after = id.charAt(from + fragment.length);
    if (!LETTER_OR_DIGIT.test(before) && !LETTER.test(after)) return true;
    from = id.indexOf(fragment, from + 1);
  }
  return false;
}

function nameTest(value: string, match: 'exact' | 'suffix' | undefined): Test {
  return ({ name }) =>
    name !== undefined &&
    name !== '' &&
    (name === value || (match === 'suffix' && name.endsWith(`.${value}`)));
}

/**
 * The tests of a strategy, one per text variant in the strategy's order: the locator takes the
 * first variant that finds exactly one element, so « Code service » wins over the looser « Service ».
 */
export function strategyTests(strategy: LocatorStrategy): readonly Test[] {
  switch (strategy.by) {
    case 'label':
      return strategy.text.map((text) => textTest(text, strategy.match, (d) => d.labels));
    case 'aria':
      return strategy.text.map((text) => textTest(text, strategy.match, (d) => d.aria));
    case 'text':
      return strategy.text.map((text) =>
        textTest(text, strategy.match, (d) => (d.text === undefined ? [] : [d.text])),
      );
    case 'placeholder':
      return strategy.text.map((text) =>
        textTest(text, 'exact', (d) => (d.placeholder === undefined ? [] : [d.placeholder])),
      );
    case 'column':
      return strategy.header.map((text) =>
        textTest(text, 'exact', (d) => (d.column === undefined ? [] : [d.column])),
      );
    case 'name':
      return [nameTest(strategy.value, strategy.match)];
    case 'id':
      return [
        ({ id }) =>
          id !== undefined &&
          id !== '' &&
          (strategy.match === 'token' ? idHasToken(id, strategy.value) : id === strategy.value),
      ];
  }
}

/** A short description for diagnostics: `label « Numéro de facture »`, `name …numeroFacture`. */
export function describeStrategy(strategy: LocatorStrategy): string {
  switch (strategy.by) {
    case 'label':
    case 'aria':
    case 'text':
    case 'placeholder':
      return `${strategy.by} « ${strategy.text.join(' » | « ')} »${'match' in strategy && strategy.match === 'prefix' ? ' …' : ''}`;
    case 'column':
      return `column « ${strategy.header.join(' » | « ')} »`;
    case 'name':
      return `name ${strategy.match === 'suffix' ? '….' : ''}${strategy.value}`;
    case 'id':
      return `id ${strategy.match === 'token' ? '…' : ''}${strategy.value}${strategy.match === 'token' ? '…' : ''}`;
  }
}

export interface StrategyTrial {
  readonly strategy: string;
  /** How many elements the best variant found: 0 (none) or more than 1 (ambiguous). */
  readonly found: number;
}

export type Resolution<T> =
  | {
      readonly found: T;
      /** Index of the strategy that found it, in the list tried (corrections first). */
      readonly strategyIndex: number;
      readonly strategy: string;
      readonly tried: readonly StrategyTrial[];
    }
  | { readonly found: undefined; readonly tried: readonly StrategyTrial[] };

/**
 * The element the strategies find, in order: the first strategy (and within it the first variant)
 * that matches exactly one candidate wins; an ambiguous match is passed over, never guessed.
 */
export function resolveAmong<T>(
  candidates: readonly T[],
  describe: (candidate: T) => ElementDescriptor,
  strategies: readonly LocatorStrategy[],
): Resolution<T> {
  const descriptors = candidates.map(describe);
  const tried: StrategyTrial[] = [];
  for (const [strategyIndex, strategy] of strategies.entries()) {
    let best = 0;
    for (const test of strategyTests(strategy)) {
      const hits: number[] = [];
      descriptors.forEach((descriptor, index) => {
        if (test(descriptor)) hits.push(index);
      });
      const [only] = hits;
      if (hits.length === 1 && only !== undefined) {
        const found = candidates[only] as T;
        const description = describeStrategy(strategy);
        return { found, strategyIndex, strategy: description, tried };
      }
      if (best === 0 || (hits.length > 1 && hits.length < best)) best = hits.length;
    }
    tried.push({ strategy: describeStrategy(strategy), found: best });
  }
  return { found: undefined, tried };
}
