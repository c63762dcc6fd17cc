/** The last capture of the form, kept for the side panel (which shows what no longer resolves). */
import { storage } from 'wxt/utils/storage';
import type { FormCapture } from './capture';

export const lastCaptureItem = storage.defineItem<FormCapture | null>('local:lastFormCapture', {
  fallback: null,
});
