import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * `npm run screenshots` sets CHORUS_ASSIST_SCREENSHOTS to a folder: the end-to-end tests then save
 * pictures of the replica at the moments the README shows (filled form, live checks, side panel).
 * In a normal test run this does nothing.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.CHORUS_ASSIST_SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}
