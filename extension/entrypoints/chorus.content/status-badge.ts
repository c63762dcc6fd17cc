/** Id of the small element that tells the clerk the assistant is active on this page. */
export const BADGE_ID = 'chorus-assist-badge';

/**
 * Shows that the assistant is active. Lives in its own element appended to <body> so it never
 * touches the portal's form or its layout; idempotent across re-injections.
 */
export function mountStatusBadge(doc: Document): HTMLElement {
  const existing = doc.getElementById(BADGE_ID);
  if (existing) return existing;
  const badge = doc.createElement('div');
  badge.id = BADGE_ID;
  badge.setAttribute('role', 'status');
  badge.textContent = 'Chorus Assist actif';
  badge.style.cssText =
    'position:fixed;bottom:8px;right:8px;z-index:2147483647;padding:4px 8px;' +
    'font:12px sans-serif;background:#000091;color:#fff;border-radius:4px;pointer-events:none';
  doc.body.append(badge);
  return badge;
}
