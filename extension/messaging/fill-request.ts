/**
 * The invoice waiting to be filled: the side panel stores it when the clerk chooses an invoice
 * and a profile; the toolbar's « Remplir » on the portal page fills with it. Kept after a fill, so
 * the clerk can fill again after an undo.
 */
import { storage } from 'wxt/utils/storage';
import type { FillRequest } from './protocol';

export const fillRequestItem = storage.defineItem<FillRequest | null>('local:fillRequest', {
  fallback: null,
});
