/**
 * The BR-FR checks a line's values go to, with the term each reports, the same for UBL and CII
 * (only the path each syntax reads the value at differs).
 */
import type { Checked } from './checked';

export const PRECEDING_DATE: Checked = { check: 'BR-FR-03_EXT-FR-FE-138', term: 'EXT-FR-FE-138' };
export const DELIVERY_DATE: Checked = { check: 'BR-FR-03_EXT-FR-FE-158', term: 'EXT-FR-FE-158' };
export const PERIOD_START: Checked = { check: 'BR-FR-03_EXT-FR-FE-134', term: 'BT-134' };
export const PERIOD_END: Checked = { check: 'BR-FR-03_EXT-FR-FE-135', term: 'BT-135' };
export const NET: Checked = { check: 'BR-FR-DEC-01_BT-131', term: 'BT-131' };
export const ALLOWANCE: Checked = { check: 'BR-FR-DEC-01_BT-136_BT-141', term: 'BT-136' };
export const CHARGE: Checked = { check: 'BR-FR-DEC-01_BT-136_BT-141', term: 'BT-141' };
export const ALLOWANCE_BASE: Checked = { check: 'BR-FR-DEC-01_BT-137_BT-142', term: 'BT-137' };
export const CHARGE_BASE: Checked = { check: 'BR-FR-DEC-01_BT-137_BT-142', term: 'BT-142' };
export const QUANTITY: Checked = { check: 'BR-FR-DEC-02_BT-129', term: 'BT-129' };
export const BASE_QUANTITY: Checked = { check: 'BR-FR-DEC-02_BT-149', term: 'BT-149' };
export const NET_PRICE: Checked = { check: 'BR-FR-DEC-03_BT-146', term: 'BT-146' };
export const PRICE_DISCOUNT: Checked = { check: 'BR-FR-DEC-03_BT-147', term: 'BT-147' };
export const GROSS_PRICE: Checked = { check: 'BR-FR-DEC-03_BT-148', term: 'BT-148' };
export const RATE: Checked = { check: 'BR-FR-DEC-04_BT-152', term: 'BT-152' };
