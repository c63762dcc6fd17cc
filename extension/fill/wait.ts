/**
 * Waiting for the page: the portal draws blocks, rows and select options after a delay (lookups
 * of the recipient, the supplier's accounts). A MutationObserver re-runs the check when the page
 * changes; a timer gives up. Never a busy loop.
 */

/**
 * Resolves with the first defined result of `check`, run now and after each batch of changes
 * under `root`; resolves `undefined` after `timeoutMs`.
 */
export function waitFor<T>(
  root: Node,
  check: () => T | undefined,
  timeoutMs: number,
): Promise<T | undefined> {
  const now = check();
  if (now !== undefined || timeoutMs <= 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (value: T | undefined) => {
      if (settled) return;
      settled = true;
      observer.disconnect();
      clearTimeout(timer);
      resolve(value);
    };
    const observer = new MutationObserver(() => {
      const value = check();
      if (value !== undefined) finish(value);
    });
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    const timer = setTimeout(() => finish(check()), timeoutMs);
  });
}

/**
 * Like waitFor, for a check that costs more than a few elements: run now, then at most once per
 * `throttleMs` while the page keeps changing, until it answers or `timeoutMs` passes.
 */
export function waitForThrottled<T>(
  root: Node,
  check: () => T | undefined,
  throttleMs: number,
  timeoutMs: number,
): Promise<T | undefined> {
  const now = check();
  if (now !== undefined || timeoutMs <= 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    let settled = false;
    let pending: ReturnType<typeof setTimeout> | undefined;
    const finish = (value: T | undefined) => {
      if (settled) return;
      settled = true;
      observer.disconnect();
      clearTimeout(pending);
      clearTimeout(timer);
      resolve(value);
    };
    const observer = new MutationObserver(() => {
      if (pending !== undefined) return;
      pending = setTimeout(() => {
        pending = undefined;
        const value = check();
        if (value !== undefined) finish(value);
      }, throttleMs);
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true });
    const timer = setTimeout(() => finish(check()), timeoutMs);
  });
}
