import { type RefreshOutcome, refreshDirectory } from './chorus/refresh-directory';
import type { AppDeps } from './deps';
import type { Env } from './env';
import { settingsOf } from './http/settings';
import { pisteClientFor } from './services';

/** Cron Trigger: refresh the D1 directory from PISTE when credentials are configured. */
export async function scheduledDirectoryRefresh(env: Env, deps: AppDeps): Promise<RefreshOutcome> {
  const client = pisteClientFor(env, deps, settingsOf(env).upstreamTimeoutMs);
  if (!client) {
    const outcome: RefreshOutcome = {
      status: 'skipped',
      reason: 'PISTE credentials not configured',
    };
    console.log(JSON.stringify({ event: 'directory-refresh', ...outcome }));
    return outcome;
  }
  try {
    const outcome = await refreshDirectory(client, env.DB, deps.now);
    console.log(JSON.stringify({ event: 'directory-refresh', ...outcome }));
    return outcome;
  } catch (error) {
    console.error(JSON.stringify({ event: 'directory-refresh-failed', error: String(error) }));
    throw error;
  }
}
