/** Languages of everything a user reads. French first: the users are French clerks. */
export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A message in every supported language. */
export interface LocalizedText {
  readonly fr: string;
  readonly en: string;
}

export function localize(text: LocalizedText, language: Language = 'fr'): string {
  return text[language];
}
