import type { LocalizedText } from '../i18n/text';
import { type Invalid, invalid } from './result';
import { countEn, countFr, firstCharacterNotMatching } from './text';

/**
 * The checks every all-digit French identifier starts with, in the order a user fixes them:
 * something typed, only digits, the right count. `name` is the identifier's name with its article
 * (« un SIREN » / "a SIREN"). Returns the first problem, or undefined when the shape is right.
 */
export function digitsShapeProblem(
  compact: string,
  name: LocalizedText,
  expectedLength: number,
  separatorsHint: LocalizedText,
): Invalid | undefined {
  if (compact === '') {
    return invalid(
      'empty',
      `Aucun chiffre saisi pour ${name.fr}.`,
      `No digits entered for ${name.en}.`,
    );
  }
  const stray = firstCharacterNotMatching(compact, /[0-9]/);
  if (stray !== undefined) {
    return invalid(
      'characters',
      `${capitalize(name.fr)} ne contient que des chiffres (${separatorsHint.fr}) : « ${stray} » n'y a pas sa place.`,
      `${capitalize(name.en)} contains digits only (${separatorsHint.en}): "${stray}" does not belong.`,
    );
  }
  if (compact.length !== expectedLength) {
    return invalid(
      'length',
      `${capitalize(name.fr)} compte ${countFr(expectedLength, 'chiffre')} ; celui-ci en a ${compact.length}.`,
      `${capitalize(name.en)} has ${countEn(expectedLength, 'digit')}; this one has ${compact.length}.`,
    );
  }
  return undefined;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
