import type { CliIO } from './io';

/** One sub-command of `chorus-assist`: a thin layer that parses arguments and calls `shared/`. */
export interface Command {
  readonly name: string;
  /** One line for the general help. */
  readonly summary: string;
  /** Full usage text printed by `chorus-assist <name> --help`. */
  readonly usage: string;
  run(args: string[], io: CliIO): Promise<number>;
}
