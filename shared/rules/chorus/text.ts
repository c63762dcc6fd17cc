/** Wording helpers shared by the chorus rules: every message is French first, English second. */

import { type PortalFieldName, portalFieldText } from '../../chorus/portal-fields';
import type { LocalizedText } from '../../i18n/text';

/** Sentences put one after the other. */
export function sentences(...parts: readonly LocalizedText[]): LocalizedText {
  return {
    fr: parts.map((p) => p.fr).join(' '),
    en: parts.map((p) => p.en).join(' '),
  };
}

/** « Corrigez le champ « … » du bloc … » — the portal field where the clerk makes the change. */
export function change(field: PortalFieldName, line?: number): LocalizedText {
  const where = portalFieldText(field, line);
  return { fr: `Corrigez le ${where.fr}.`, en: `Change the ${where.en}.` };
}

/** « Renseignez le champ « … » du bloc … » — for a value that is missing. */
export function fillIn(field: PortalFieldName, line?: number): LocalizedText {
  const where = portalFieldText(field, line);
  return { fr: `Renseignez le ${where.fr}.`, en: `Fill in the ${where.en}.` };
}

/** « Vérifiez le champ « … » du bloc … » — for a check that could not run. */
export function verify(field: PortalFieldName): LocalizedText {
  const where = portalFieldText(field);
  return { fr: `Vérifiez le ${where.fr}.`, en: `Check the ${where.en}.` };
}

/** Length as a clerk counts it: characters (not UTF-16 units), surrounding spaces left out. */
export function visibleLength(text: string): number {
  return [...text.trim()].length;
}

/** French and English quotation of a value: « x » / "x". */
export function quote(value: string): LocalizedText {
  return { fr: `« ${value} »`, en: `"${value}"` };
}

/** Long values are cut in messages, so that a 5,000-character note does not flood the report. */
export function shorten(value: string, max = 60): string {
  const chars = [...value.trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** Number with the decimal separator of each language, as shown to a clerk. */
export function megabytes(bytes: number): LocalizedText {
  const value = (bytes / (1024 * 1024)).toFixed(1);
  return { fr: value.replace('.', ','), en: value };
}
