import type { Command } from '../command';
import { convertCommand } from './convert';
import { directoryCommand } from './directory';
import { extractCommand } from './extract';
import { idCommand } from './id';
import { validateCommand } from './validate';

/** Every sub-command, in the order the help lists them. */
export const commands: readonly Command[] = [
  validateCommand,
  convertCommand,
  extractCommand,
  idCommand,
  directoryCommand,
];
