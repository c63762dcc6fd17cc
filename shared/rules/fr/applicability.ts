/**
 * When the BR-FR layer applies and what the layer report says about how it ran
 * (docs/rules/br-fr.md §1 and §6).
 */
import type { LocalizedText } from '../../i18n/text';
import type { Profile } from '../../syntax/profiles';
import type { RuleOptions } from '../rule';

/**
 * Why BR-FR does not apply to a document of this profile, or `undefined` when it does. The
 * FNFE-MPE V1.4.0 publication applies its BR-FR files to UBL and CII (EN16931, EXTENDED-CTC-FR)
 * and to the Factur-X profiles BASIC WL, EN16931 and EXTENDED; it ships no MINIMUM folder, and a
 * MINIMUM document cannot carry the notes (BG-1) and electronic addresses (BT-34, BT-49) BR-FR-05,
 * -12 and -13 demand: it would fail them whatever its content. MINIMUM is not an e-invoice of the
 * reform, so the layer says so instead of listing those findings.
 */
export function frNotApplicable(profile: Profile | undefined): LocalizedText | undefined {
  if (profile?.id !== 'minimum') return undefined;
  return {
    fr: `Profil ${profile.name} : les règles françaises BR-FR ne s'appliquent pas. Ce profil ne peut porter ni les mentions obligatoires (notes) ni les adresses électroniques du vendeur et de l'acheteur : ce n'est pas une facture électronique de la réforme. Émettez-la en profil EN 16931 ou EXTENDED (Factur-X, UBL ou CII) pour la faire contrôler.`,
    en: `Profile ${profile.name}: the French BR-FR rules do not apply. This profile can carry neither the mandatory notes nor the seller's and buyer's electronic addresses: it is not an e-invoice of the reform. Issue it in profile EN 16931 or EXTENDED (Factur-X, UBL or CII) to have it checked.`,
  };
}

/** What the layer report says when the rules ran in the transition mode, else `undefined`. */
export function frLayerNote(options: RuleOptions): LocalizedText | undefined {
  if (options.frSeverity !== 'warning') return undefined;
  return {
    fr: 'Mode transitoire : chaque constat BR-FR est un avertissement, comme dans les schématrons _WARNING officiels. Une fois la période de transition finie, ces constats bloqueront la facture.',
    en: 'Transition mode: every BR-FR finding is a warning, as in the official _WARNING schematrons. Once the transition period is over, these findings will block the invoice.',
  };
}
