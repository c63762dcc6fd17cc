/**
 * A fake network for the Worker's upstream calls: routes by method and URL prefix, records every
 * request. Unrouted requests fail the test loudly instead of reaching the internet.
 */
export interface RecordedCall {
  readonly method: string;
  readonly url: URL;
  readonly headers: Headers;
  readonly body: string;
}

export type FakeHandler = (
  call: RecordedCall,
  signal: AbortSignal | undefined,
) => Response | Promise<Response>;

export class FakeNetwork {
  readonly calls: RecordedCall[] = [];
  private readonly routes: { method: string; prefix: string; handler: FakeHandler }[] = [];

  on(method: string, urlPrefix: string, handler: FakeHandler): this {
    this.routes.unshift({ method, prefix: urlPrefix, handler });
    return this;
  }

  callsTo(urlPrefix: string): RecordedCall[] {
    return this.calls.filter((call) => call.url.href.startsWith(urlPrefix));
  }

  readonly fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const call: RecordedCall = {
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body: request.body ? await request.text() : '',
    };
    this.calls.push(call);
    const route = this.routes.find(
      (candidate) => candidate.method === call.method && call.url.href.startsWith(candidate.prefix),
    );
    if (!route) throw new Error(`unexpected upstream request ${call.method} ${call.url.href}`);
    return route.handler(call, init?.signal ?? undefined);
  };
}

export function jsonResponse(
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** Never answers; rejects like fetch does when the caller's signal aborts (the timeout). */
export function hangUntilAborted(signal: AbortSignal | undefined): Promise<Response> {
  return new Promise((_, reject) => {
    if (!signal) return;
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/** A promise released from the test, to hold upstream answers while requests pile up. */
export function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}
