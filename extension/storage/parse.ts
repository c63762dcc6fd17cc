/**
 * Parsers for stored values (see validated-item.ts): a whole value checked at once, a list checked
 * entry by entry (one bad profile must not hide the others), or a record checked field by field
 * (one bad setting must not reset the others).
 */
import * as z from 'zod/mini';
import type { $ZodIssue, $ZodType, output } from 'zod/v4/core';
import type { Parsed } from './validated-item';

/** `/path: message` for each issue, as shown in the diagnostic view. */
export function describeIssues(issues: readonly $ZodIssue[], prefix = ''): string[] {
  return issues.map((issue) => {
    const path = issue.path.map((segment) => `/${String(segment)}`).join('');
    return `${prefix}${path || '/'}: ${issue.message}`;
  });
}

/** The value passes as a whole, or the fallback is used. */
export function parseWhole<S extends $ZodType>(
  schema: S,
  fallback: output<S>,
): (raw: unknown) => Parsed<output<S>> {
  return (raw) => {
    const result = z.safeParse(schema, raw);
    if (result.success) return { value: result.data };
    return {
      value: fallback,
      refused: { kind: 'unreadable', details: describeIssues(result.error.issues) },
    };
  };
}

/** A list whose entries pass one by one; an entry that fails is left out and reported. */
export function parseEach<S extends $ZodType>(entry: S): (raw: unknown) => Parsed<output<S>[]> {
  return (raw) => {
    if (!Array.isArray(raw)) {
      return { value: [], refused: { kind: 'unreadable', details: ['/: not a list'] } };
    }
    const kept: output<S>[] = [];
    const details: string[] = [];
    raw.forEach((value: unknown, index) => {
      const result = z.safeParse(entry, value);
      if (result.success) kept.push(result.data);
      else details.push(describeIssues(result.error.issues, `/${index}`).join('; '));
    });
    return details.length === 0
      ? { value: kept }
      : { value: kept, refused: { kind: 'partial', details } };
  };
}

type FieldSchemas<T> = { readonly [K in keyof T]-?: $ZodType<T[K]> };

/**
 * A record whose fields pass one by one: a field that fails takes its default. Unknown fields are
 * dropped silently (a later version may have written them; they mean nothing here).
 */
export function parseFields<T extends object>(
  fields: FieldSchemas<T>,
  defaults: T,
): (raw: unknown) => Parsed<T> {
  return (raw) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return { value: defaults, refused: { kind: 'unreadable', details: ['/: not an object'] } };
    }
    const source = raw as Record<string, unknown>;
    const value: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
    const details: string[] = [];
    for (const name of Object.keys(fields) as (keyof T & string)[]) {
      if (!(name in source) || source[name] === undefined) continue;
      const result = z.safeParse(fields[name], source[name]);
      if (result.success) value[name] = result.data;
      else details.push(...describeIssues(result.error.issues, `/${name}`));
    }
    return details.length === 0
      ? { value: value as T }
      : { value: value as T, refused: { kind: 'partial', details } };
  };
}
