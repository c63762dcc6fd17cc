/** The quality an Accept header gives a media type (0 when absent; wildcards count). */
function qualityOf(accept: string, type: string): { q: number; explicit: boolean } {
  const [major] = type.split('/');
  let best = { q: 0, explicit: false, specificity: -1 };
  for (const part of accept.split(',')) {
    const [range = '', ...params] = part.trim().toLowerCase().split(';');
    const specificity =
      range === type ? 2 : range === `${major}/*` ? 1 : range === '*/*' ? 0 : undefined;
    if (specificity === undefined || specificity < best.specificity) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    best = { q: Number.isFinite(q) ? q : 0, explicit: specificity === 2, specificity };
  }
  return { q: best.q, explicit: best.explicit };
}

/**
 * Whether the caller asked for `type` by name and likes it at least as much as JSON: browsers
 * (text/html first) get the page, API clients (`application/json`, `*\/*`) keep JSON.
 */
export function prefers(accept: string | undefined, type: string): boolean {
  if (!accept) return false;
  const wanted = qualityOf(accept, type);
  if (!wanted.explicit || wanted.q === 0) return false;
  return wanted.q >= qualityOf(accept, 'application/json').q;
}
