/**
 * The clerk's corrections of the mapping table: for a mapping key, the strategy that finds the
 * field on this portal (picked on the page, extension/picker/picker.ts). Stored in the extension's
 * local storage; the locator tries a correction before the table's own strategies.
 */
import { storage } from 'wxt/utils/storage';
import {
  isMappingKey,
  type LocatorStrategy,
  type PortalMappingKey,
} from '../../shared/chorus/portal-form';
import type { Corrections } from '../fill/locate';

export interface PortalCorrection {
  readonly strategy: LocatorStrategy;
  /** When it was picked (ISO 8601). */
  readonly pickedAt: string;
  /** The page it was picked on, without the query. */
  readonly page: string;
}

export type StoredCorrections = Partial<Record<PortalMappingKey, PortalCorrection>>;

export const correctionsItem = storage.defineItem<StoredCorrections>('local:portalCorrections', {
  fallback: {},
  version: 1,
});

function isTextList(value: unknown): value is string[] {
  return (
    Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string')
  );
}

/** A stored strategy is used only when it has a shape the locator knows (storage may be edited by hand). */
export function isLocatorStrategy(value: unknown): value is LocatorStrategy {
  if (typeof value !== 'object' || value === null) return false;
  const strategy = value as Record<string, unknown>;
  switch (strategy.by) {
    case 'label':
    case 'aria':
    case 'text':
    case 'placeholder':
      return isTextList(strategy.text);
    case 'column':
      return isTextList(strategy.header);
    case 'name':
    case 'id':
      return typeof strategy.value === 'string' && strategy.value !== '';
    default:
      return false;
  }
}

/** The strategies of stored corrections, for the locator. */
export function correctionStrategies(stored: unknown): Corrections {
  const corrections: Corrections = {};
  if (typeof stored !== 'object' || stored === null) return corrections;
  for (const [key, correction] of Object.entries(stored)) {
    const strategy = (correction as { strategy?: unknown } | null)?.strategy;
    if (isMappingKey(key) && isLocatorStrategy(strategy)) corrections[key] = strategy;
  }
  return corrections;
}

export async function loadCorrections(): Promise<Corrections> {
  return correctionStrategies(await correctionsItem.getValue());
}

export async function saveCorrection(
  key: PortalMappingKey,
  correction: PortalCorrection,
): Promise<void> {
  const stored = await correctionsItem.getValue();
  await correctionsItem.setValue({ ...stored, [key]: correction });
}

export async function removeCorrection(key: PortalMappingKey): Promise<void> {
  const { [key]: _removed, ...rest } = await correctionsItem.getValue();
  await correctionsItem.setValue(rest);
}
