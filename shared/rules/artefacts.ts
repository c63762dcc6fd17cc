import type { Layer } from './finding';

/** The published artefact each layer implements, stated in every report. */
export interface Artefact {
  readonly name: string;
  readonly version: string;
}

export const ARTEFACTS: Readonly<Record<Layer, Artefact>> = {
  xml: {
    name: 'XML 1.0 (hardened parser: no DTD, no entities, size and depth limits)',
    version: '1.0',
  },
  xsd: {
    name: 'UBL 2.1 / UN/CEFACT CII D16B / Factur-X XSD',
    version: 'UBL 2.1, CII D16B, Factur-X 1.07.3/1.09',
  },
  en16931: { name: 'EN 16931 validation artefacts (CEN/TC 434)', version: '1.3.16' },
  profile: {
    name: 'Factur-X / ZUGFeRD profile rules',
    version: '1.07.3 (MINIMUM, BASIC), 1.09 (BASIC WL, EN16931, EXTENDED)',
  },
  fr: { name: 'FNFE-MPE BR-FR rules (XP Z12-012)', version: '1.4.0' },
  chorus: { name: 'Chorus Pro submission rules (Chorus Assist)', version: '1' },
  pdf: { name: 'Factur-X PDF/A-3 container', version: '1.0' },
};
