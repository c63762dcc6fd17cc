/**
 * What a command may touch of the outside world. Commands get it passed in so tests drive them
 * with in-memory streams; `bin.ts` wires the real process.
 */
export interface CliIO {
  /** Machine-readable output (JSON Lines, converted documents). */
  stdout(text: string): void;
  /** Human messages, warnings and progress. */
  stderr(text: string): void;
  /** True when stderr is a terminal: progress lines are drawn only then. */
  readonly interactive: boolean;
  readonly version: string;
  /**
   * A progress bar on stderr for long batches; only given when stderr is a terminal, so output
   * redirected to a file or a pipe stays clean.
   */
  readonly progress?: (total: number, label: string) => Progress;
}

export interface Progress {
  advance(message?: string): void;
  stop(message?: string): void;
}

/** Exit statuses shared by every command. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

export type OutputFormat = 'text' | 'json';

export class UsageError extends Error {}

export function parseFormat(value: string | undefined): OutputFormat {
  if (value === undefined || value === 'text' || value === 'json') return value ?? 'text';
  throw new UsageError(`--format attend « text » ou « json », pas « ${value} »`);
}
