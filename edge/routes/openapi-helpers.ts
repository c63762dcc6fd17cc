import type { z } from 'zod';
import {
  PROBLEM_KINDS,
  PROBLEM_MEDIA_TYPE,
  type ProblemCode,
  ProblemSchema,
} from '../../shared/api/problem';

/** OpenAPI responses for the problems a route can answer, grouped by status. */
export function problemResponses(...codes: ProblemCode[]) {
  const responses: Record<
    number,
    { description: string; content: Record<string, { schema: typeof ProblemSchema }> }
  > = {};
  for (const code of codes) {
    const { status, title } = PROBLEM_KINDS[code];
    const existing = responses[status];
    const description = `${title.en} (\`${code}\`)`;
    responses[status] = {
      description: existing ? `${existing.description}; ${description}` : description,
      content: { [PROBLEM_MEDIA_TYPE]: { schema: ProblemSchema } },
    };
  }
  return responses;
}

/** Every /v1 route may also answer these (middleware). */
export const COMMON_V1_PROBLEMS: ProblemCode[] = [
  'unauthorized',
  'rate-limited',
  'invalid-request',
];

export function jsonContent<S extends z.ZodType>(schema: S, description: string) {
  return { description, content: { 'application/json': { schema } } } as const;
}

export const CACHE_HEADER = {
  'x-cache': {
    description: 'HIT (fresh in cache), STALE (served from cache while it is refreshed) or MISS',
    schema: { type: 'string' as const, enum: ['HIT', 'STALE', 'MISS'] },
  },
};

/** Optional: only when the deployment sets API_KEYS. */
export const API_KEY_SECURITY: Record<string, string[]>[] = [{ apiKey: [] }, {}];

/**
 * A request body of raw bytes (a file), documented for each media type a route takes. Not zod
 * schemas: the route reads the bytes itself, and zod-openapi validates only JSON and form bodies
 * given as zod schemas.
 */
export function binaryBody(mediaTypes: readonly string[], description: string) {
  return {
    required: true,
    description,
    content: Object.fromEntries(
      mediaTypes.map((type) => [type, { schema: { type: 'string' as const, format: 'binary' } }]),
    ),
  };
}
