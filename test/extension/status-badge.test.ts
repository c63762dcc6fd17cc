import { describe, expect, it } from 'vitest';
import {
  BADGE_ID,
  mountStatusBadge,
} from '../../extension/entrypoints/chorus.content/status-badge';

describe('mountStatusBadge', () => {
  it('adds one status element and leaves the rest of the page alone', () => {
    document.body.innerHTML = '<form id="f"><input name="a" value="x"></form>';
    const before = document.getElementById('f')?.outerHTML;
    mountStatusBadge(document);
    mountStatusBadge(document);
    expect(document.querySelectorAll(`#${BADGE_ID}`)).toHaveLength(1);
    expect(document.getElementById(BADGE_ID)?.getAttribute('role')).toBe('status');
    expect(document.getElementById('f')?.outerHTML).toBe(before);
  });
});
