/**
 * KV is a cache here, never the source of truth: when it fails, lookups go on without it (a miss on
 * read, nothing kept on write) and the failure is logged once per call.
 */
function logKvFailure(operation: 'get' | 'put', error: unknown): void {
  console.warn(JSON.stringify({ event: 'kv-failed', operation, error: String(error) }));
}

export async function kvGetJson<T>(kv: KVNamespace, key: string): Promise<T | null> {
  try {
    return await kv.get<T>(key, 'json');
  } catch (error) {
    logKvFailure('get', error);
    return null;
  }
}

export async function kvGetText(kv: KVNamespace, key: string): Promise<string | null> {
  try {
    return await kv.get(key);
  } catch (error) {
    logKvFailure('get', error);
    return null;
  }
}

export async function kvPut(
  kv: KVNamespace,
  key: string,
  value: string,
  expirationTtl: number,
): Promise<void> {
  try {
    await kv.put(key, value, { expirationTtl });
  } catch (error) {
    logKvFailure('put', error);
  }
}
