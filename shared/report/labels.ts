/** Words of the validation reports (text and HTML), French first. */
import type { Language } from '../i18n/text';
import type { Layer, Severity } from '../rules/finding';
import type { LayerStatus, Verdict } from '../rules/report';

export const VERDICT_LABELS: Record<Verdict, Record<Language, string>> = {
  valid: { fr: 'VALIDE', en: 'VALID' },
  invalid: { fr: 'NON VALIDE', en: 'INVALID' },
  error: { fr: 'NON VÉRIFIÉ (erreur)', en: 'NOT CHECKED (error)' },
};

export const LAYER_LABELS: Record<Layer, Record<Language, string>> = {
  xml: { fr: 'XML', en: 'XML' },
  xsd: { fr: 'Schéma XSD', en: 'XSD schema' },
  en16931: { fr: 'EN 16931', en: 'EN 16931' },
  profile: { fr: 'Profil Factur-X', en: 'Factur-X profile' },
  fr: { fr: 'Règles françaises (BR-FR)', en: 'French rules (BR-FR)' },
  chorus: { fr: 'Chorus Pro', en: 'Chorus Pro' },
  pdf: { fr: 'PDF Factur-X', en: 'Factur-X PDF' },
};

export const SEVERITY_LABELS: Record<Severity, Record<Language, string>> = {
  fatal: { fr: 'erreur', en: 'error' },
  warning: { fr: 'avertissement', en: 'warning' },
  info: { fr: 'info', en: 'info' },
};

export const STATUS_LABELS: Record<LayerStatus, Record<Language, string>> = {
  ran: { fr: 'exécuté', en: 'ran' },
  skipped: { fr: 'non exécuté', en: 'skipped' },
  error: { fr: 'ERREUR', en: 'ERROR' },
};
