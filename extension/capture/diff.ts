/**
 * Which entries of the mapping table a capture of the form no longer resolves: the same strategies
 * as on the live page (shared/chorus/portal-match.ts), run over the captured field descriptions.
 * Row entries are resolved in each captured row (or row model); they are `no-rows` when the
 * capture has none (add one line before capturing).
 */
import {
  type LocatorStrategy,
  mappingEntries,
  type PortalFormBlock,
  type PortalMappingKey,
} from '../../shared/chorus/portal-form';
import {
  type ElementDescriptor,
  resolveAmong,
  type StrategyTrial,
} from '../../shared/chorus/portal-match';
import type { Corrections } from '../fill/locate';
import type { CapturedField, CapturedKind, FormCapture } from './capture';

export type EntryStatus = 'found' | 'missing' | 'no-rows';

export interface EntryDiff {
  readonly key: PortalMappingKey;
  readonly status: EntryStatus;
  readonly strategy?: string;
  readonly tried?: readonly StrategyTrial[];
}

export interface CaptureDiff {
  readonly entries: readonly EntryDiff[];
  /** Keys of the entries that no longer resolve. */
  readonly missing: readonly PortalMappingKey[];
}

const describe = (field: CapturedField): ElementDescriptor => field;

function kindOf(kind: string): CapturedKind {
  if (kind === 'display') return 'display';
  if (kind === 'hidden') return 'hidden';
  return 'control';
}

function resolve(
  candidates: readonly CapturedField[],
  strategies: readonly LocatorStrategy[],
  correction: LocatorStrategy | undefined,
): ReturnType<typeof resolveAmong<CapturedField>> {
  if (correction !== undefined) {
    const corrected = resolveAmong(candidates, describe, [correction]);
    if (corrected.found !== undefined)
      return { ...corrected, strategy: `correction: ${corrected.strategy}` };
  }
  return resolveAmong(candidates, describe, strategies);
}

export function diffCapture(capture: FormCapture, corrections: Corrections = {}): CaptureDiff {
  const outside = capture.fields.filter((field) => field.row === undefined);
  const rowGroups = new Map<string, CapturedField[]>();
  for (const field of capture.fields) {
    if (field.row === undefined) continue;
    const key = `${field.row.table}#${field.row.index}`;
    rowGroups.set(key, [...(rowGroups.get(key) ?? []), field]);
  }

  const entries: EntryDiff[] = mappingEntries().map((ref) => {
    const correction = corrections[ref.mappingKey];
    const kind: CapturedKind =
      ref.scope === 'actions' ? 'action' : kindOf(ref.entry.kind ?? 'control');
    const rowScoped =
      ref.scope === 'lines' ||
      ref.scope === 'vatRecap' ||
      (ref.scope === 'actions' && ref.entry.inRow === true);
    if (rowScoped) {
      if (rowGroups.size === 0) return { key: ref.mappingKey, status: 'no-rows' };
      let tried: readonly StrategyTrial[] = [];
      for (const group of rowGroups.values()) {
        const result = resolve(
          group.filter((field) => field.kind === kind),
          ref.entry.strategies,
          correction,
        );
        if (result.found !== undefined)
          return { key: ref.mappingKey, status: 'found', strategy: result.strategy };
        tried = result.tried;
      }
      return { key: ref.mappingKey, status: 'missing', tried };
    }
    const candidates = outside.filter((field) => field.kind === kind);
    const block: PortalFormBlock | undefined = 'block' in ref.entry ? ref.entry.block : undefined;
    const inBlock = block === undefined ? [] : candidates.filter((field) => field.block === block);
    const scopes = inBlock.length > 0 ? [inBlock, candidates] : [candidates];
    let tried: readonly StrategyTrial[] = [];
    for (const scope of scopes) {
      const result = resolve(scope, ref.entry.strategies, correction);
      if (result.found !== undefined)
        return { key: ref.mappingKey, status: 'found', strategy: result.strategy };
      tried = result.tried;
    }
    return { key: ref.mappingKey, status: 'missing', tried };
  });
  return {
    entries,
    missing: entries.filter((entry) => entry.status === 'missing').map((entry) => entry.key),
  };
}
