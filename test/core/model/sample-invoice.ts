import type { Invoice } from '../../../shared/model';

/**
 * A complete, consistent French B2G invoice in the JSON form: two lines at 20 % and 5.5 %,
 * SIRET seller and buyer, engagement number (BT-13), service code (BT-10), IBAN. The SIREN,
 * SIRET, VAT number and IBAN pass their check digits but belong to nobody. A fresh copy each call.
 */
export function sampleInvoice(): Invoice {
  return {
    'BT-1': 'F2026-0023',
    'BT-2': '2026-03-02',
    'BT-3': '380',
    'BT-5': 'EUR',
    'BT-9': '2026-04-01',
    'BT-10': 'SERV-TECH-01',
    'BT-12': 'MAR-2025-118',
    'BT-13': '1300045678',
    'BT-20': 'Paiement à 30 jours par virement',
    'BG-1': [
      { 'BT-21': 'PMT', 'BT-22': 'Indemnité forfaitaire pour frais de recouvrement : 40 EUR.' },
      { 'BT-21': 'PMD', 'BT-22': 'Pénalités de retard : trois fois le taux d’intérêt légal.' },
      { 'BT-21': 'AAB', 'BT-22': 'Pas d’escompte pour paiement anticipé.' },
    ],
    'BG-2': { 'BT-23': 'M1', 'BT-24': 'urn:cen.eu:en16931:2017' },
    'BG-4': {
      'BT-27': 'Atelier Numérique Durand SARL',
      'BT-29': [{ id: '81245637400022', scheme: '0009' }],
      'BT-30': { id: '812456374', scheme: '0002' },
      'BT-31': 'FR82812456374',
      'BT-34': { id: '812456374', scheme: '0225' },
      'BG-5': {
        'BT-35': '14 rue des Tanneurs',
        'BT-37': 'Valence',
        'BT-38': '26000',
        'BT-40': 'FR',
      },
      'BG-6': { 'BT-41': 'Claire Durand', 'BT-43': 'facturation@atelier-durand.example' },
    },
    'BG-7': {
      'BT-44': 'Commune du Val-Fleuri',
      'BT-47': { id: '21260012600016', scheme: '0009' },
      'BT-49': { id: '212600126', scheme: '0225' },
      'BG-8': {
        'BT-50': 'Place de la Mairie',
        'BT-52': 'Val-Fleuri',
        'BT-53': '26800',
        'BT-55': 'FR',
      },
    },
    'BG-16': {
      'BT-81': '30',
      'BT-83': 'F2026-0023',
      'BG-17': [{ 'BT-84': 'FR7630006000011234567890189', 'BT-85': 'Atelier Numérique Durand' }],
    },
    'BG-22': {
      'BT-106': '950.00',
      'BT-109': '950.00',
      'BT-110': '165.35',
      'BT-112': '1115.35',
      'BT-115': '1115.35',
    },
    'BG-23': [
      { 'BT-116': '780.00', 'BT-117': '156.00', 'BT-118': 'S', 'BT-119': '20.00' },
      { 'BT-116': '170.00', 'BT-117': '9.35', 'BT-118': 'S', 'BT-119': '5.50' },
    ],
    'BG-25': [
      {
        'BT-126': '1',
        'BT-129': '12',
        'BT-130': 'HUR',
        'BT-131': '780.00',
        'BG-29': { 'BT-146': '65.00' },
        'BG-30': { 'BT-151': 'S', 'BT-152': '20.00' },
        'BG-31': { 'BT-153': 'Maintenance du parc informatique (heures)' },
      },
      {
        'BT-126': '2',
        'BT-129': '4',
        'BT-130': 'C62',
        'BT-131': '170.00',
        'BG-29': { 'BT-146': '42.50' },
        'BG-30': { 'BT-151': 'S', 'BT-152': '5.50' },
        'BG-31': {
          'BT-153': 'Guide technique imprimé',
          'BT-158': [{ id: '49019900', scheme: 'HS' }],
        },
      },
    ],
  };
}
