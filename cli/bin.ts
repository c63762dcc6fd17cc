import { main } from './main';

declare const CHORUS_ASSIST_VERSION: string;

const status = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  interactive: process.stderr.isTTY === true,
  version: typeof CHORUS_ASSIST_VERSION === 'string' ? CHORUS_ASSIST_VERSION : 'dev',
});
process.exitCode = status;
