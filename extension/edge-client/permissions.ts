/**
 * Host access to an edge the extension was not built for. The manifest declares
 * `optional_host_permissions` for https origins (and the local machine); nothing is granted until
 * the clerk saves another edge address, when the browser asks them for that one origin. The request
 * must come from a click (a user gesture), so the settings form calls it from its button handler.
 */
import { browser } from 'wxt/browser';
import { originPattern } from './edge-url';

export async function hasOriginAccess(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(url)] });
  } catch {
    return false;
  }
}

/**
 * Asks the browser for the edge's origin; true when granted (or already held, which the browser
 * answers without asking). Called first thing in a click handler: Firefox drops the user gesture
 * after the first await, so nothing is awaited before the request.
 */
export async function requestOriginAccess(url: string): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: [originPattern(url)] });
  } catch {
    return false;
  }
}
