import type { CliIO } from '../../cli/io';

/** What a CLI command wrote, kept in memory. */
export interface MemoryIO {
  readonly io: CliIO;
  /** Everything written to stdout so far. */
  out(): string;
  /** Everything written to stderr so far. */
  err(): string;
}

/**
 * A non-interactive `CliIO` that keeps stdout and stderr in memory, so tests drive `main` as the
 * binary would and read back both streams.
 */
export function memoryIO(version = '0.0.0'): MemoryIO {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    interactive: false,
    version,
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}
