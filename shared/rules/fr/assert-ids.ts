/**
 * The official assert ids of each BR-FR check. The CII and UBL files give the same check
 * different ids (CII `BR-FR-05_BT-22_PMT` = UBL `BR-FR-05_BT-22-1`), and four UBL ids are
 * mislabelled (`BR-FR-30_BT-21` is BR-FR-31, `BR-FR-08_BT-151-2` is BR-FR-15, `BR-FR-MV-BD_BT-3`
 * is BR-FR-BD-13, CII `BR-FR-CO-04_BT-4` is about BT-3). Findings carry the family id as their
 * rule (`BR-FR-05`) and name the assert id of the document's syntax in their message, so a user
 * can match them with an official report. Our checks are keyed by the CII id (the reference
 * logic); this table gives the UBL id where it differs. A model (no syntax) reports the CII id.
 */
import type { FactsSource } from './facts';

export const UBL_ASSERT_IDS: Readonly<Record<string, string>> = {
  'BR-FR-01_BT-1': 'BR-FR-01_BT-1-1',
  'BR-FR-01_BT-25': 'BR-FR-01_BT-25-1',
  'BR-FR-01_EXT-FR-FE-136': 'BR-FR-01_EXT-FR-FE-136-1',
  'BR-FR-03_EXT-FR-FE-134': 'BR-FR-03_BT-134',
  'BR-FR-03_EXT-FR-FE-135': 'BR-FR-03_BT-135',
  'BR-FR-05_BT-22_PMT': 'BR-FR-05_BT-22-1',
  'BR-FR-05_BT-22_PMD': 'BR-FR-05_BT-22-2',
  'BR-FR-05_BT-22_AAB': 'BR-FR-05_BT-22-3',
  'BR-FR-06_BT-21_PMT': 'BR-FR-06_BT-21-1',
  'BR-FR-06_BT-21_PMD': 'BR-FR-06_BT-21-2',
  'BR-FR-06_BT-21_AAB': 'BR-FR-06_BT-21-3',
  'BR-FR-06_BT-21_TXD': 'BR-FR-06_BT-21-4',
  'BR-FR-15_BT-95_BT-102': 'BR-FR-15_BT-95_BT-102-1',
  'BR-FR-15_BT-95_BT-102_LM': 'BR-FR-15_BT-95_BT-102-2',
  'BR-FR-15_BT-95_BT-118': 'BR-FR-15_BT-118-1',
  'BR-FR-15_BT-95_BT-118_LM': 'BR-FR-15_BT-118-2',
  'BR-FR-15_BT-95_BT-151': 'BR-FR-15_BT-151-1',
  'BR-FR-15_BT-95_BT-151_LM': 'BR-FR-08_BT-151-2',
  'BR-FR-16_BT-96_BT-103': 'BR-FR-16_BT-96',
  'BR-FR-31_BT-21': 'BR-FR-30_BT-21',
  'BR-FR-32-GLOBALID': 'BR-FR-32-ID',
  'BR-FR-CO-04_BT-4': 'BR-FR-CO-04_BT-3',
  'BR-FR-BD-02_BT-31': 'BR-FR-BD-02_BT-30',
  'BR-FR-BD-13_BT-3': 'BR-FR-MV-BD_BT-3',
};

/** The assert id an official report of this source would show for a check. */
export function assertIdOf(check: string, source: FactsSource): string {
  return source === 'ubl' ? (UBL_ASSERT_IDS[check] ?? check) : check;
}
