import type { ProfileId } from '../../syntax/profiles';
import type { Rule } from '../rule';
import { BASIC_WL_RULES } from './basic-wl';
import { BR_66, BR_CO_25, BR_CO_27, CII_SR_465, CII_SR_466, PEPPOL_EN16931_R008 } from './common';
import { EN16931_COMPILED_ONLY } from './compiled-only';
import { EXTENDED_ONLY_RULES } from './extended';
import { MINIMUM_RULES } from './minimum';

/**
 * BASIC (1.07.3): the en16931 layer runs; the profile adds what the EN artefacts 1.3.16 do not
 * have. Its other differences with EN 16931 are of form, or make the profile more lenient (BR-17,
 * BR-CO-03), or stricter only on documents its structure checks already refuse (BR-65 on a
 * classification without class code, BR-CO-18 on an invoice without lines).
 */
const BASIC_RULES: readonly Rule[] = [BR_66, BR_CO_25, BR_CO_27];

/**
 * EN16931 (1.09): BR-CO-27, the contact rules made errors, the empty-element warning, and the
 * rules only the compiled stylesheet has (compiled-only.ts); BR-CO-25 is gone, CII-SR-463 is the
 * EN rule.
 */
const EN16931_PROFILE_RULES: readonly Rule[] = [
  BR_CO_27,
  CII_SR_465,
  CII_SR_466,
  PEPPOL_EN16931_R008,
  ...EN16931_COMPILED_ONLY,
];

/**
 * EXTENDED (1.09): the en16931 layer runs; the profile adds BR-CO-25 (still in the file), BR-CO-27,
 * the contact errors, the empty-element warning and every BR-FXEXT rule. The EN rules EXTENDED
 * replaces or drops (BR-22…28, BR-CO-10…16, BR-x-01/08…) are still reported by the en16931 layer:
 * the two layers are read separately.
 */
const EXTENDED_RULES: readonly Rule[] = [
  BR_CO_25,
  BR_CO_27,
  CII_SR_465,
  CII_SR_466,
  PEPPOL_EN16931_R008,
  ...EXTENDED_ONLY_RULES,
];

/**
 * Rules of the Factur-X / ZUGFeRD profile schematrons, by profile (ZUGFeRD 2.0 identifiers map to
 * the same ids). MINIMUM and BASIC WL: the whole business validation (the en16931 layer is
 * skipped for them). EXTENDED-CTC-FR, the French extension of EXTENDED, is checked as EXTENDED.
 */
export const PROFILE_RULES: Readonly<Partial<Record<ProfileId, readonly Rule[]>>> = {
  minimum: MINIMUM_RULES,
  'basic-wl': BASIC_WL_RULES,
  basic: BASIC_RULES,
  en16931: EN16931_PROFILE_RULES,
  extended: EXTENDED_RULES,
  'extended-ctc-fr': EXTENDED_RULES,
};
