/**
 * BR-CO-09: the country prefixes a VAT identifier may start with, as listed in each schematron of
 * the validation artefacts 1.3.16 (ISO 3166-1 alpha-2, plus EL for Greece, XI for Northern Ireland
 * and 1A for Kosovo). The two lists differ by one code each: UBL has SS (South Sudan), CII still
 * has AN (the former Netherlands Antilles).
 *
 * The two tests differ too. CII looks for ` XX ` (the first two characters between spaces) in the
 * list: a real code. UBL looks for the first two characters without the spaces, so `F` alone, `D `
 * or ` A` are accepted as well (they occur in the list text): reproduced as written.
 */
import type { Variant } from './facts';

const COMMON = (
  '1A AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO ' +
  'BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM ' +
  'DO DZ EC EE EG EH EL ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS ' +
  'GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP ' +
  'KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS ' +
  'MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS ' +
  'PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR ST SV SX SY SZ TC TD ' +
  'TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XI YE ' +
  'YT ZA ZM ZW'
).split(' ');

/** The list text of each schematron, spaces around every code. */
const UBL_LIST = ` ${[...COMMON, 'SS'].join(' ')} `;
const CII_LIST = ` ${[...COMMON, 'AN'].join(' ')} `;

/** `substring(x, 1, 2)`: XPath counts characters, not UTF-16 units. */
function firstTwoCharacters(value: string): string {
  return Array.from(value).slice(0, 2).join('');
}

export function vatPrefixAccepted(vatIdentifier: string, variant: Variant): boolean {
  const prefix = firstTwoCharacters(vatIdentifier);
  switch (variant) {
    case 'ubl':
      return UBL_LIST.includes(prefix);
    case 'cii':
      return CII_LIST.includes(` ${prefix} `);
    case 'model':
      // The norm's intent: a real code of the current list.
      return UBL_LIST.includes(` ${prefix} `);
  }
}
