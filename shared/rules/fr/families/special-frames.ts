/**
 * Which special billing frame an invoice declares (isSpecialContract, -MV, -BD of the official
 * files): the first BT-23, trimmed.
 */
import { BIDIRECTIONAL_FRAMES, MULTI_VENDOR_FRAMES } from '../codes';
import type { FrFacts } from '../facts';
import { normalizeSpace } from '../lexical';

function frameOf(facts: FrFacts): string | undefined {
  const frame = facts.frames[0];
  return frame === undefined ? undefined : normalizeSpace(frame.text);
}

/** B8, S8, M8: an invoice made of several sellers' sub-invoices. */
export function isMultiVendor(facts: FrFacts): boolean {
  const frame = frameOf(facts);
  return frame !== undefined && MULTI_VENDOR_FRAMES.has(frame);
}

/** B9, S9, M9: seller and buyer each invoice a part. */
export function isBidirectional(facts: FrFacts): boolean {
  const frame = frameOf(facts);
  return frame !== undefined && BIDIRECTIONAL_FRAMES.has(frame);
}

/** Either of the two. */
export function isSpecialFrame(facts: FrFacts): boolean {
  return isMultiVendor(facts) || isBidirectional(facts);
}
