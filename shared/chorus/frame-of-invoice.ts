/**
 * Which Chorus Pro billing frame an invoice is deposited under. The portal and the API state it
 * (`codeCadreFacturation`); an XML flow has no term for it, so it is read as docs/rules/chorus.md
 * §4 assumes (*verify* against the AIFE EDI specifications):
 *
 * 1. the frame given by the caller (portal or API data);
 * 2. BT-23 when it holds a Chorus frame code (`A1`, as in the FNFE sample 2023-6013);
 * 3. BT-24 when it holds one (CII flows built by gobl for Chorus Pro);
 * 4. the frame matching a reform billing mode in BT-23 (S1 → A1, see REFORM_MODE_FRAMES);
 * 5. otherwise A1, the frame Chorus Pro and gobl assume.
 */
import type { Invoice } from '../model';
import { pointer } from '../model';
import {
  type BillingFrame,
  billingFrameOf,
  DEFAULT_FRAME,
  FRAME_CODE_SHAPE,
  REFORM_MODE_FRAMES,
  REFORM_MODE_SHAPE,
} from './billing-frames';

export type FrameSource = 'option' | 'BT-23' | 'BT-24' | 'reform-mode' | 'default';

export interface InvoiceFrame {
  /** The frame; undefined when the code found is not a Chorus Pro frame. */
  readonly frame: BillingFrame | undefined;
  /** The code as found (trimmed); the default frame's code when none was found. */
  readonly written: string;
  readonly source: FrameSource;
  /** Model pointer of the term it was read from, for frames read from the invoice. */
  readonly at?: string;
  /** The reform billing mode of BT-23 (`S1`…), when BT-23 holds one. */
  readonly reformMode?: string;
}

export function frameOfInvoice(invoice: Invoice, option?: string): InvoiceFrame {
  const process = invoice['BG-2'];
  const bt23 = process?.['BT-23']?.trim();
  const bt24 = process?.['BT-24']?.trim();
  const reformMode = bt23 !== undefined && REFORM_MODE_SHAPE.test(bt23) ? bt23 : undefined;
  const withMode = reformMode === undefined ? {} : { reformMode };

  const given = option?.trim();
  if (given !== undefined && given !== '') {
    return { frame: billingFrameOf(given), written: given, source: 'option', ...withMode };
  }
  if (bt23 !== undefined && FRAME_CODE_SHAPE.test(bt23)) {
    return {
      frame: billingFrameOf(bt23),
      written: bt23,
      source: 'BT-23',
      at: pointer('BG-2', 'BT-23'),
    };
  }
  if (bt24 !== undefined && FRAME_CODE_SHAPE.test(bt24)) {
    return {
      frame: billingFrameOf(bt24),
      written: bt24,
      source: 'BT-24',
      at: pointer('BG-2', 'BT-24'),
      ...withMode,
    };
  }
  const derived = reformMode === undefined ? undefined : REFORM_MODE_FRAMES[reformMode];
  if (derived !== undefined) {
    return {
      frame: derived,
      written: derived,
      source: 'reform-mode',
      at: pointer('BG-2', 'BT-23'),
      ...withMode,
    };
  }
  return { frame: DEFAULT_FRAME, written: DEFAULT_FRAME, source: 'default', ...withMode };
}
