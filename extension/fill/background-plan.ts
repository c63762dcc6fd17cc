/**
 * The service worker's side of a fill: answers `planFill` (the request the content script was
 * given) with the plan to apply, so the profile's schema and the plan's tables stay out of the
 * content script (plan-request.ts). Registered by one line in entrypoints/background.ts.
 */
import * as z from 'zod/mini';
import { onFormMessage } from '../messaging/protocol';
import { planFillRequest } from './plan-request';

export function registerFillPlanning(): void {
  // The extension's CSP forbids eval; zod would otherwise probe `new Function` on its first parse.
  z.config({ jitless: true });
  onFormMessage('planFill', ({ data }) => planFillRequest(data));
}
