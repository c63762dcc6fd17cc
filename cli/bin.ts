import { progress } from '@clack/prompts';
import type { Progress } from './io';
import { main } from './main';

declare const CHORUS_ASSIST_VERSION: string;

const interactive = process.stderr.isTTY === true;

function stderrProgress(total: number, label: string): Progress {
  const bar = progress({ max: total, output: process.stderr });
  bar.start(label);
  return { advance: (message) => bar.advance(1, message), stop: (message) => bar.stop(message) };
}

const status = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  interactive,
  version: typeof CHORUS_ASSIST_VERSION === 'string' ? CHORUS_ASSIST_VERSION : 'dev',
  ...(interactive ? { progress: stderrProgress } : {}),
});
process.exitCode = status;
