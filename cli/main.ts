import type { Command } from './command';
import { commands } from './commands';
import { type CliIO, EXIT, UsageError } from './io';

function generalHelp(list: readonly Command[]): string {
  const width = Math.max(...list.map((c) => c.name.length));
  return [
    'chorus-assist — vérifier et préparer des factures pour Chorus Pro',
    '',
    'Usage : chorus-assist <commande> [options]',
    '',
    'Commandes :',
    ...list.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options communes : --format text|json, --help, --version',
    "Aide d'une commande : chorus-assist <commande> --help",
    '',
  ].join('\n');
}

/** Runs the CLI and returns its exit status; never throws for bad usage. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.stdout(generalHelp(commands));
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${io.version}\n`);
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === first);
  if (!command) {
    io.stderr(`Commande inconnue : « ${first} ». Voir chorus-assist --help.\n`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) {
      // node:util parseArgs reports unknown options as a TypeError with an ERR_PARSE_ARGS_* code.
      io.stderr(`${error.message}\n${command.usage}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
