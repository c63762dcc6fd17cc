import type { Command } from '../command';
import { directoryCommand } from './directory';
import { idCommand } from './id';

/** Every sub-command, in the order the help lists them. */
export const commands: readonly Command[] = [idCommand, directoryCommand];
