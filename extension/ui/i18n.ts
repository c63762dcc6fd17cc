/**
 * The words of the panel and the popup, French first. Every text a clerk reads is here or comes
 * from shared/ as a LocalizedText, so the language switch changes everything at once.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Language, LocalizedText } from '../../shared/i18n/text';

export const MESSAGES = {
  'app.title': { fr: 'Chorus Assist', en: 'Chorus Assist' },
  'app.tagline': {
    fr: 'Remplir et vérifier vos factures Chorus Pro',
    en: 'Fill and check your Chorus Pro invoices',
  },
  'tabs.label': { fr: 'Sections du panneau', en: 'Panel sections' },
  'tab.invoice': { fr: 'Facture', en: 'Invoice' },
  'tab.check': { fr: 'Contrôle', en: 'Check' },
  'tab.profiles': { fr: 'Profils', en: 'Profiles' },
  'tab.history': { fr: 'Historique', en: 'History' },
  'tab.settings': { fr: 'Réglages', en: 'Settings' },
  'common.loading': { fr: 'Chargement…', en: 'Loading…' },
  'common.yes': { fr: 'Oui', en: 'Yes' },
  'common.no': { fr: 'Non', en: 'No' },
  'common.none': { fr: '(aucun)', en: '(none)' },
  'common.cancel': { fr: 'Annuler', en: 'Cancel' },
  'common.save': { fr: 'Enregistrer', en: 'Save' },
  'common.edit': { fr: 'Modifier', en: 'Edit' },
  'common.delete': { fr: 'Supprimer', en: 'Delete' },
  'common.required': { fr: 'obligatoire', en: 'required' },
  'common.storageProblem': {
    fr: 'Données enregistrées',
    en: 'Stored data',
  },

  // Profiles
  'profiles.title': { fr: 'Profils fournisseur', en: 'Supplier profiles' },
  'profiles.intro': {
    fr: 'Ce que votre entreprise saisit toujours de la même façon sur Chorus Pro : structure, service, compte bancaire, valeurs par défaut.',
    en: 'What your company always enters the same way on Chorus Pro: structure, service, bank account, defaults.',
  },
  'profiles.empty': {
    fr: 'Aucun profil. Créez-en un pour remplir le formulaire.',
    en: 'No profile yet. Create one to fill the form.',
  },
  'profiles.new': { fr: 'Nouveau profil', en: 'New profile' },
  'profiles.active': { fr: 'Profil utilisé', en: 'Profile in use' },
  'profiles.use': { fr: 'Utiliser ce profil', en: 'Use this profile' },
  'profiles.inUse': { fr: 'utilisé', en: 'in use' },
  'profiles.editNamed': { fr: 'Modifier le profil « {label} »', en: 'Edit profile "{label}"' },
  'profiles.deleteNamed': { fr: 'Supprimer le profil « {label} »', en: 'Delete profile "{label}"' },
  'profiles.useNamed': { fr: 'Utiliser le profil « {label} »', en: 'Use profile "{label}"' },
  'profiles.saved': { fr: 'Profil enregistré.', en: 'Profile saved.' },
  'profiles.deleted': { fr: 'Profil supprimé.', en: 'Profile deleted.' },
  'profiles.confirmDelete': {
    fr: 'Supprimer le profil « {label} » ?',
    en: 'Delete the profile "{label}"?',
  },
  'profiles.formNew': { fr: 'Nouveau profil', en: 'New profile' },
  'profiles.formEdit': { fr: 'Modifier le profil', en: 'Edit profile' },
  'profiles.errors': {
    fr: 'Le profil n’est pas enregistré : corrigez les champs signalés.',
    en: 'The profile was not saved: correct the fields shown.',
  },
  'profile.label': { fr: 'Nom du profil', en: 'Profile name' },
  'profile.label.hint': {
    fr: 'Par exemple « ACME – agence de Lyon ».',
    en: 'For example "ACME – Lyon office".',
  },
  'profile.siret': { fr: 'SIRET de votre structure', en: 'SIRET of your structure' },
  'profile.siret.hint': { fr: '14 chiffres ; espaces acceptés.', en: '14 digits; spaces allowed.' },
  'profile.name': { fr: 'Raison sociale', en: 'Company name' },
  'profile.serviceCode': { fr: 'Code de votre service', en: 'Code of your service' },
  'profile.serviceCode.hint': {
    fr: 'Seulement si votre structure a des services sur Chorus Pro.',
    en: 'Only if your structure has services on Chorus Pro.',
  },
  'profile.iban': { fr: 'IBAN à payer', en: 'IBAN to pay' },
  'profile.iban.hint': {
    fr: 'Utilisé quand l’IBAN de la facture n’est pas un de vos comptes sur Chorus Pro.',
    en: 'Used when the invoice’s IBAN is not one of your accounts on Chorus Pro.',
  },
  'profile.defaults': { fr: 'Valeurs par défaut', en: 'Defaults' },
  'profile.defaults.hint': {
    fr: 'Utilisées quand la facture ne les indique pas.',
    en: 'Used when the invoice does not state them.',
  },
  'profile.cadre': { fr: 'Cadre de facturation', en: 'Billing frame' },
  'profile.paymentMode': { fr: 'Mode de paiement', en: 'Payment mode' },
  'profile.vatRegime': { fr: 'Régime de TVA', en: 'VAT regime' },
  'profile.validatorSiret': { fr: 'SIRET du valideur', en: 'Validator SIRET' },
  'profile.validatorSiret.hint': {
    fr: 'Cadres A9 et A12 : la structure qui valide vos factures (le titulaire du marché).',
    en: 'Frames A9 and A12: the structure that validates your invoices (the main contractor).',
  },
  'profile.validatorServiceCode': { fr: 'Service du valideur', en: 'Validator service' },

  // Invoice
  'invoice.title': { fr: 'Facture à remplir', en: 'Invoice to fill' },
  'invoice.drop': {
    fr: 'Déposez ici une facture XML (UBL, CII) ou PDF (Factur-X ou non)',
    en: 'Drop an XML (UBL, CII) or PDF (Factur-X or not) invoice here',
  },
  'invoice.choose': { fr: 'Choisir un fichier…', en: 'Choose a file…' },
  'invoice.fileLabel': { fr: 'Fichier de facture', en: 'Invoice file' },
  'invoice.privacy': {
    fr: 'Les fichiers XML et Factur-X sont lus sur cet ordinateur ; rien n’est envoyé.',
    en: 'XML and Factur-X files are read on this computer; nothing is sent.',
  },
  'invoice.reading': { fr: 'Lecture du fichier…', en: 'Reading the file…' },
  'invoice.none': { fr: 'Aucune facture choisie.', en: 'No invoice chosen.' },
  'invoice.from': { fr: 'Source : {kind} — {file}', en: 'Source: {kind} — {file}' },
  'invoice.clear': { fr: 'Retirer cette facture', en: 'Remove this invoice' },
  'invoice.plainPdf': {
    fr: 'Ce PDF ne contient pas de facture structurée (ce n’est pas un Factur-X). Pour le lire, il faut l’envoyer au service d’extraction Chorus Assist ({url}).',
    en: 'This PDF holds no structured invoice (it is not Factur-X). Reading it means sending it to the Chorus Assist extraction service ({url}).',
  },
  'invoice.extract': { fr: 'Envoyer pour extraction', en: 'Send for extraction' },
  'invoice.extracting': { fr: 'Extraction en cours…', en: 'Extracting…' },
  'invoice.extracted': {
    fr: 'Valeurs lues par extraction automatique : vérifiez chacune, surtout celles marquées « à vérifier », avant de remplir.',
    en: 'Values read by automatic extraction: check each one, especially those marked "to check", before filling.',
  },
  'invoice.confirm': {
    fr: 'J’ai vérifié ces valeurs',
    en: 'I have checked these values',
  },
  'invoice.confirmed': { fr: 'Valeurs confirmées.', en: 'Values confirmed.' },
  'invoice.reused': {
    fr: 'Reprise de la facture n° {number} remplie le {date} : changez le numéro et les dates sur le portail.',
    en: 'Taken again from invoice {number} filled on {date}: change the number and dates on the portal.',
  },
  'invoice.fill': { fr: 'Remplir le formulaire', en: 'Fill the form' },
  'invoice.undo': { fr: 'Annuler le remplissage', en: 'Undo the fill' },
  'invoice.filling': { fr: 'Remplissage en cours…', en: 'Filling…' },
  'invoice.needsProfile': {
    fr: 'Choisissez ou créez un profil fournisseur pour remplir.',
    en: 'Choose or create a supplier profile to fill.',
  },
  'invoice.needsConfirm': {
    fr: 'Confirmez les valeurs extraites pour remplir.',
    en: 'Confirm the extracted values to fill.',
  },
  'invoice.withProfile': { fr: 'Avec le profil', en: 'With the profile' },
  'invoice.reuse': { fr: 'Réutiliser une facture précédente', en: 'Reuse a previous invoice' },
  'invoice.reuseFor': {
    fr: 'Factures précédentes pour ce destinataire',
    en: 'Previous invoices for this recipient',
  },
  'invoice.reuseNone': {
    fr: 'Aucune facture précédente à réutiliser.',
    en: 'No previous invoice to reuse.',
  },
  'invoice.reuseButton': { fr: 'Réutiliser', en: 'Reuse' },
  'invoice.reuseLabel': {
    fr: 'Réutiliser la facture {number} du {date}',
    en: 'Reuse invoice {number} of {date}',
  },

  // Portal
  'portal.title': { fr: 'Page Chorus Pro', en: 'Chorus Pro page' },
  'portal.ready': {
    fr: 'Formulaire « Saisir une facture » détecté.',
    en: '« Saisir une facture » form found.',
  },
  'portal.notForm': {
    fr: 'Page Chorus Pro ouverte, mais ce n’est pas le formulaire « Saisir une facture ».',
    en: 'A Chorus Pro page is open, but it is not the « Saisir une facture » form.',
  },
  'portal.noTab': {
    fr: 'Aucune page Chorus Pro ouverte : ouvrez « Saisir une facture » sur le portail.',
    en: 'No Chorus Pro page open: open « Saisir une facture » on the portal.',
  },
  'portal.noScript': {
    fr: 'La page Chorus Pro ne répond pas : rechargez-la.',
    en: 'The Chorus Pro page does not answer: reload it.',
  },
  'portal.refresh': { fr: 'Actualiser', en: 'Refresh' },
  'fill.done': { fr: 'Formulaire rempli : {counts}.', en: 'Form filled: {counts}.' },
  'fill.undone': {
    fr: 'Remplissage annulé : {restored} champ(s) rétabli(s), {rows} ligne(s) retirée(s).',
    en: 'Fill undone: {restored} field(s) restored, {rows} row(s) removed.',
  },
  'fill.submitBlocked': {
    fr: 'La page a tenté d’envoyer le formulaire pendant le remplissage : l’envoi a été bloqué. Rien n’est envoyé sans vous.',
    en: 'The page tried to submit the form during the fill: it was blocked. Nothing is submitted without you.',
  },
  'fill.review': {
    fr: 'Relisez le formulaire sur le portail avant de l’envoyer vous-même.',
    en: 'Review the form on the portal before submitting it yourself.',
  },
  'fill.notes': { fr: 'À faire à la main', en: 'To do by hand' },
  'fill.fieldsToCheck': { fr: 'Champs à vérifier', en: 'Fields to check' },

  // Preview
  'preview.title': { fr: 'Aperçu', en: 'Preview' },
  'preview.document': { fr: 'Document', en: 'Document' },
  'preview.number': { fr: 'Numéro', en: 'Number' },
  'preview.date': { fr: 'Date', en: 'Date' },
  'preview.dueDate': { fr: 'Échéance', en: 'Due date' },
  'preview.type': { fr: 'Type', en: 'Type' },
  'preview.currency': { fr: 'Devise', en: 'Currency' },
  'preview.seller': { fr: 'Fournisseur', en: 'Supplier' },
  'preview.buyer': { fr: 'Destinataire', en: 'Recipient' },
  'preview.name': { fr: 'Nom', en: 'Name' },
  'preview.siret': { fr: 'SIRET', en: 'SIRET' },
  'preview.siren': { fr: 'SIREN', en: 'SIREN' },
  'preview.recipientId': { fr: 'Identifiant', en: 'Identifier' },
  'preview.vat': { fr: 'N° TVA', en: 'VAT number' },
  'preview.references': { fr: 'Références', en: 'References' },
  'preview.serviceCode': { fr: 'Code service', en: 'Service code' },
  'preview.engagement': { fr: 'N° d’engagement', en: 'Engagement number' },
  'preview.contract': { fr: 'N° de marché', en: 'Contract number' },
  'preview.lines': { fr: 'Lignes', en: 'Lines' },
  'preview.line.id': { fr: 'N°', en: 'No.' },
  'preview.line.item': { fr: 'Désignation', en: 'Item' },
  'preview.line.quantity': { fr: 'Quantité', en: 'Quantity' },
  'preview.line.price': { fr: 'Prix unitaire HT', en: 'Unit price' },
  'preview.line.vat': { fr: 'TVA', en: 'VAT' },
  'preview.line.net': { fr: 'Montant HT', en: 'Net amount' },
  'preview.totals': { fr: 'Totaux', en: 'Totals' },
  'preview.totalNet': { fr: 'Total HT', en: 'Total without VAT' },
  'preview.totalVat': { fr: 'Total TVA', en: 'Total VAT' },
  'preview.totalGross': { fr: 'Total TTC', en: 'Total with VAT' },
  'preview.paid': { fr: 'Déjà payé', en: 'Paid amount' },
  'preview.due': { fr: 'Net à payer', en: 'Amount due' },
  'preview.missing': { fr: 'absent', en: 'missing' },
  'preview.confidence': { fr: 'fiabilité {percent} %', en: '{percent}% confidence' },
  'preview.toCheck': { fr: 'à vérifier', en: 'to check' },
  'preview.moreLines': { fr: '… et {count} autre(s) ligne(s)', en: '… and {count} more line(s)' },
  'preview.creditNote': { fr: 'Avoir', en: 'Credit note' },
  'preview.invoice': { fr: 'Facture', en: 'Invoice' },

  // Check
  'check.title': { fr: 'Contrôle de la facture', en: 'Invoice check' },
  'check.none': {
    fr: 'Choisissez une facture dans l’onglet Facture pour la contrôler.',
    en: 'Choose an invoice in the Invoice tab to check it.',
  },
  'check.running': { fr: 'Contrôle en cours…', en: 'Checking…' },
  'check.failed': { fr: 'Le contrôle a échoué : {message}', en: 'The check failed: {message}' },
  'check.badge': { fr: '{count} erreur(s) bloquante(s)', en: '{count} blocking error(s)' },
  'check.rerun': { fr: 'Relancer le contrôle', en: 'Check again' },
  'check.verdict.valid': {
    fr: 'Aucune erreur bloquante.',
    en: 'No blocking error.',
  },
  'check.verdict.invalid': {
    fr: '{count} erreur(s) bloquante(s) : Chorus Pro refusera cette facture en l’état.',
    en: '{count} blocking error(s): Chorus Pro will reject this invoice as it is.',
  },
  'check.verdict.error': {
    fr: 'Des contrôles n’ont pas pu être faits : la facture n’est pas déclarée valide.',
    en: 'Some checks could not run: the invoice is not declared valid.',
  },
  'check.layer.ran': { fr: '{rules} règle(s) appliquée(s)', en: '{rules} rule(s) applied' },
  'check.layer.skipped': { fr: 'non applicable', en: 'not applicable' },
  'check.layer.error': { fr: 'n’a pas pu s’exécuter', en: 'could not run' },
  'check.layer.clean': { fr: 'rien à signaler', en: 'nothing found' },
  'check.severity.fatal': { fr: 'Erreurs', en: 'Errors' },
  'check.severity.warning': { fr: 'Avertissements', en: 'Warnings' },
  'check.severity.info': { fr: 'Informations', en: 'Information' },
  'layer.xml': { fr: 'Lecture du XML', en: 'XML reading' },
  'layer.xsd': { fr: 'Structure (schéma XSD)', en: 'Structure (XSD schema)' },
  'layer.en16931': { fr: 'Norme EN 16931', en: 'EN 16931 standard' },
  'layer.profile': { fr: 'Profil Factur-X', en: 'Factur-X profile' },
  'layer.fr': { fr: 'Règles françaises (BR-FR)', en: 'French rules (BR-FR)' },
  'layer.chorus': { fr: 'Chorus Pro', en: 'Chorus Pro' },
  'layer.pdf': { fr: 'Conteneur PDF', en: 'PDF container' },
  'check.line': { fr: 'ligne {line}', en: 'line {line}' },
  'check.terms': { fr: 'Termes', en: 'Terms' },
  'check.recipient': {
    fr: 'Destinataire dans l’annuaire Chorus Pro',
    en: 'Recipient in the Chorus Pro directory',
  },
  'check.recipient.found': {
    fr: '{name} : code service {service}, n° d’engagement {engagement}.',
    en: '{name}: service code {service}, engagement number {engagement}.',
  },
  'check.recipient.required': { fr: 'obligatoire', en: 'required' },
  'check.recipient.optional': { fr: 'facultatif', en: 'optional' },
  'check.recipient.offline': {
    fr: 'Vérifications en ligne désactivées : les obligations du destinataire ne sont pas vérifiées.',
    en: 'Online checks are off: the recipient’s obligations are not checked.',
  },
  'check.recipient.noSiret': {
    fr: 'La facture ne donne pas de SIRET de destinataire : ses obligations ne peuvent pas être consultées.',
    en: 'The invoice gives no recipient SIRET: its obligations cannot be looked up.',
  },
  'check.modelOnly': {
    fr: 'Contrôle sur les valeurs de la facture seulement (pas de fichier XML) : les règles de syntaxe et le schéma ne s’appliquent pas.',
    en: 'Check of the invoice values only (no XML file): syntax rules and schema do not apply.',
  },
  'check.summary': {
    fr: '{fatal} erreur(s), {warning} avertissement(s), {info} information(s)',
    en: '{fatal} error(s), {warning} warning(s), {info} information item(s)',
  },

  // History
  'history.title': { fr: 'Factures remplies', en: 'Filled invoices' },
  'history.intro': {
    fr: 'Gardées sur cet ordinateur seulement ({limit} au plus).',
    en: 'Kept on this computer only ({limit} at most).',
  },
  'history.empty': { fr: 'Aucune facture remplie pour l’instant.', en: 'No invoice filled yet.' },
  'history.clear': { fr: 'Effacer l’historique', en: 'Clear history' },
  'history.confirmClear': {
    fr: 'Effacer tout l’historique ? Cette action est définitive.',
    en: 'Clear the whole history? This cannot be undone.',
  },
  'history.cleared': { fr: 'Historique effacé.', en: 'History cleared.' },
  'history.filledAt': { fr: 'Remplie le', en: 'Filled on' },
  'history.recipient': { fr: 'Destinataire', en: 'Recipient' },
  'history.amount': { fr: 'Montant TTC', en: 'Total with VAT' },
  'history.source': { fr: 'Source', en: 'Source' },

  // Sources
  'source.ubl': { fr: 'XML UBL', en: 'UBL XML' },
  'source.cii': { fr: 'XML CII', en: 'CII XML' },
  'source.facturx-pdf': { fr: 'PDF Factur-X', en: 'Factur-X PDF' },
  'source.pdf-extraction': { fr: 'PDF (extraction)', en: 'PDF (extraction)' },
  'source.history': { fr: 'Historique', en: 'History' },

  // Settings
  'settings.title': { fr: 'Réglages', en: 'Settings' },
  'settings.language': { fr: 'Langue', en: 'Language' },
  'settings.language.fr': { fr: 'Français', en: 'French' },
  'settings.language.en': { fr: 'Anglais', en: 'English' },
  'settings.edgeUrl': {
    fr: 'Adresse du service Chorus Assist',
    en: 'Chorus Assist service address',
  },
  'settings.edgeUrl.hint': {
    fr: 'Par défaut : {url}. Une autre adresse vous sera demandée en autorisation par le navigateur.',
    en: 'Default: {url}. The browser will ask you to allow another address.',
  },
  'settings.test': { fr: 'Tester', en: 'Test' },
  'settings.testing': { fr: 'Test en cours…', en: 'Testing…' },
  'settings.testOk': {
    fr: 'Service joint : {service} version {version}.',
    en: 'Service reached: {service} version {version}.',
  },
  'settings.apiKey': { fr: 'Clé d’API (facultative)', en: 'API key (optional)' },
  'settings.liveChecks': {
    fr: 'Vérifications en ligne (annuaire Chorus Pro)',
    en: 'Online checks (Chorus Pro directory)',
  },
  'settings.liveChecks.hint': {
    fr: 'Consulte les obligations du destinataire (code service, n° d’engagement) ; seul son SIRET est envoyé.',
    en: 'Looks up the recipient’s obligations (service code, engagement number); only its SIRET is sent.',
  },
  'settings.saved': { fr: 'Réglages enregistrés.', en: 'Settings saved.' },
  'settings.permissionDenied': {
    fr: 'Le navigateur n’a pas autorisé l’accès à cette adresse : réglages non enregistrés.',
    en: 'The browser did not allow access to this address: settings not saved.',
  },
  'settings.reset': { fr: 'Revenir à l’adresse par défaut', en: 'Back to the default address' },

  // Popup
  'popup.openPanel': { fr: 'Ouvrir le panneau', en: 'Open the panel' },
  'popup.noProfile': { fr: 'Aucun profil fournisseur.', en: 'No supplier profile.' },
  'popup.thisTab': { fr: 'Cet onglet', en: 'This tab' },
  'popup.ready': { fr: 'Formulaire Chorus Pro détecté.', en: 'Chorus Pro form found.' },
  'popup.notForm': {
    fr: 'Page Chorus Pro, sans formulaire de facture.',
    en: 'Chorus Pro page, no invoice form.',
  },
  'popup.notPortal': { fr: 'Pas une page Chorus Pro.', en: 'Not a Chorus Pro page.' },
  'popup.openFailed': {
    fr: 'Le panneau n’a pas pu s’ouvrir : utilisez le menu des panneaux latéraux du navigateur.',
    en: 'The panel could not open: use the browser’s side panel menu.',
  },
} as const satisfies Record<string, LocalizedText>;

export type MessageKey = keyof typeof MESSAGES;
export type MessageParams = Readonly<Record<string, string | number>>;

/** The message in the language, with `{name}` placeholders filled. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const text: string = MESSAGES[key][language];
  if (params === undefined) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export const LanguageContext = createContext<Language>('fr');

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The panel's language, and `t` to translate into it. */
export function useTranslation(): {
  language: Language;
  t: Translate;
  l: (text: LocalizedText) => string;
} {
  const language = useContext(LanguageContext);
  return {
    language,
    t: (key, params) => translate(language, key, params),
    l: (text) => text[language],
  };
}
