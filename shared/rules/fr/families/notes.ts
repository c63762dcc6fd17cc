/**
 * BR-FR-05, -06, -20, -31: the legal mentions carried by invoice notes (BG-1). In UBL a note's
 * subject is written inside its text, `#PMT#…`; the facts count it either way.
 */
import type { LocalizedText } from '../../../i18n/text';
import type { Rule } from '../../rule';
import { BAR_TREATMENTS } from '../codes';
import { frRule, shown, violation } from '../report';

const MANDATORY: readonly { code: string; missing: LocalizedText }[] = [
  {
    code: 'PMT',
    missing: {
      fr: "Ajoutez la mention de l'indemnité forfaitaire pour frais de recouvrement (40 €) : une note de sujet PMT.",
      en: 'Add the fixed recovery-cost indemnity statement (40 €): a note with subject PMT.',
    },
  },
  {
    code: 'PMD',
    missing: {
      fr: 'Ajoutez la mention des pénalités de retard de paiement : une note de sujet PMD.',
      en: 'Add the late-payment penalty statement: a note with subject PMD.',
    },
  },
  {
    code: 'AAB',
    missing: {
      fr: "Ajoutez la mention de l'escompte pour paiement anticipé, ou de son absence : une note de sujet AAB.",
      en: 'Add the early-payment discount statement, or say there is none: a note with subject AAB.',
    },
  },
];

const BR_FR_05 = frRule({
  id: 'BR-FR-05',
  bt: ['BT-21', 'BT-22'],
  message: {
    fr: 'Les mentions obligatoires PMT (indemnité de recouvrement), PMD (pénalités de retard) et AAB (escompte) doivent figurer en notes.',
    en: 'The mandatory statements PMT (recovery indemnity), PMD (late-payment penalties) and AAB (discount) must be given as notes.',
  },
  check: (facts) => {
    const { notes } = facts;
    if (notes.place === undefined) return [];
    return MANDATORY.flatMap(({ code, missing }) =>
      (notes.subjectCounts.get(code) ?? 0) >= 1
        ? []
        : [violation(facts, notes.place, `BR-FR-05_BT-22_${code}`, missing)],
    );
  },
});

const BR_FR_06 = frRule({
  id: 'BR-FR-06',
  bt: ['BT-21'],
  message: {
    fr: 'Les notes PMT, PMD, AAB et TXD ne peuvent figurer qu’une fois chacune.',
    en: 'Notes PMT, PMD, AAB and TXD may appear only once each.',
  },
  check: (facts) => {
    const { notes } = facts;
    if (notes.place === undefined) return [];
    return ['PMT', 'PMD', 'AAB', 'TXD'].flatMap((code) => {
      const count = notes.subjectCounts.get(code) ?? 0;
      return count <= 1
        ? []
        : [
            violation(facts, notes.place, `BR-FR-06_BT-21_${code}`, {
              fr: `La note de sujet ${code} figure ${count} fois ; n'en gardez qu'une.`,
              en: `The note with subject ${code} appears ${count} times; keep only one.`,
            }),
          ];
    });
  },
});

const TREATMENTS = 'B2B, B2BINT, B2C, B2CINT, OUTOFSCOPE, ARCHIVEONLY';

const BR_FR_20 = frRule({
  id: 'BR-FR-20',
  bt: ['BT-21', 'BT-22'],
  message: {
    fr: `Le traitement indiqué dans la note BAR est inconnu (${TREATMENTS}).`,
    en: `The treatment given in the BAR note is unknown (${TREATMENTS}).`,
  },
  check: (facts) =>
    facts.notes.barTreatments.flatMap(({ value, place }) => {
      if (value !== undefined && BAR_TREATMENTS.has(value.text)) return [];
      const v = shown(value?.text);
      return [
        violation(facts, value?.place ?? place, 'BR-FR-20_BT-21', {
          fr: `Le traitement de la note BAR (${v.fr}) doit être l'un de : ${TREATMENTS}.`,
          en: `The BAR note treatment (${v.en}) must be one of: ${TREATMENTS}.`,
        }),
      ];
    }),
});

const BR_FR_31 = frRule({
  id: 'BR-FR-31',
  bt: ['BT-21', 'BT-22'],
  message: {
    fr: "Plusieurs traitements BAR sont indiqués : n'en gardez qu'un.",
    en: 'Several BAR treatments are given: keep only one.',
  },
  check: (facts) => {
    const { notes } = facts;
    if (notes.place === undefined || notes.barTreatmentCount <= 1) return [];
    return [
      violation(facts, notes.place, 'BR-FR-31_BT-21', {
        fr: `${notes.barTreatmentCount} traitements BAR sont indiqués ; une facture n'en porte qu'un (B2B, B2C, OUTOFSCOPE…).`,
        en: `${notes.barTreatmentCount} BAR treatments are given; an invoice carries only one (B2B, B2C, OUTOFSCOPE…).`,
      }),
    ];
  },
});

export const NOTE_RULES: readonly Rule[] = [BR_FR_05, BR_FR_06, BR_FR_20, BR_FR_31];
