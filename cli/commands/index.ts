import type { Command } from '../command';
import { idCommand } from './id';

/** Every sub-command, in the order the help lists them. */
export const commands: readonly Command[] = [idCommand];
