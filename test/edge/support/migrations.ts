/// <reference types="vite/client" />
import { applyD1Migrations } from 'cloudflare:test';

/**
 * The D1 migrations of edge/migrations/, loaded through Vite (the vitest config is shared and
 * carries no migrations binding). Statements are split on `;` at line ends, which holds for our
 * migration files: no triggers, no semicolons inside literals.
 */
const files = import.meta.glob('../../../edge/migrations/*.sql', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** SQL text → statements (comment lines dropped; `;` ends a statement only at a line end). */
export function sqlStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('--'))
    .join('\n')
    .split(/;[ \t]*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement !== '');
}

export const migrations = Object.entries(files)
  .sort(([left], [right]) => left.localeCompare(right))
  .map(([path, text]) => ({
    name: path.split('/').pop() ?? path,
    queries: sqlStatements(String(text)),
  }));

export async function migrate(db: D1Database): Promise<void> {
  await applyD1Migrations(db, migrations);
}
