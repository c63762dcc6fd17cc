/** The seller's and buyer's blocks of the rendered invoice, as lines of text. */
import type { Identifier, Invoice } from '../../model';

export interface BlockLine {
  readonly text: string;
  readonly bold?: boolean;
  readonly muted?: boolean;
}

const SCHEME_NAMES: Readonly<Record<string, string>> = {
  '0002': 'SIREN',
  '0009': 'SIRET',
  '0088': 'GLN',
  '0224': 'Identifiant privé',
  '0225': 'Adresse électronique',
};

function identifier(value: Identifier | undefined, fallback: string): string | undefined {
  if (!value) return undefined;
  const name = value.scheme
    ? (SCHEME_NAMES[value.scheme] ?? `${fallback} (${value.scheme})`)
    : fallback;
  return `${name} : ${value.id}`;
}

interface Address {
  readonly lines: readonly (string | undefined)[];
  readonly postCode?: string;
  readonly city?: string;
  readonly subdivision?: string;
  readonly country?: string;
}

function addressLines(address: Address | undefined): BlockLine[] {
  if (!address) return [];
  const out: BlockLine[] = [];
  for (const line of address.lines) if (line) out.push({ text: line });
  const town = [address.postCode, address.city].filter(Boolean).join(' ');
  if (town) out.push({ text: town });
  if (address.subdivision) out.push({ text: address.subdivision });
  // The country is shown when it is not France, the usual case of a French invoice.
  if (address.country && address.country !== 'FR') out.push({ text: `Pays : ${address.country}` });
  return out;
}

function push(out: BlockLine[], text: string | undefined, style: Omit<BlockLine, 'text'> = {}) {
  if (text) out.push({ text, ...style });
}

export function sellerBlock(invoice: Invoice): BlockLine[] {
  const seller = invoice['BG-4'];
  const out: BlockLine[] = [{ text: 'Vendeur', muted: true }];
  if (!seller) return [...out, { text: '(non renseigné)' }];
  push(out, seller['BT-27'], { bold: true });
  push(out, seller['BT-28'] && `Nom commercial : ${seller['BT-28']}`);
  const address = seller['BG-5'];
  out.push(
    ...addressLines(
      address && {
        lines: [address['BT-35'], address['BT-36'], address['BT-162']],
        ...(address['BT-38'] ? { postCode: address['BT-38'] } : {}),
        ...(address['BT-37'] ? { city: address['BT-37'] } : {}),
        ...(address['BT-39'] ? { subdivision: address['BT-39'] } : {}),
        ...(address['BT-40'] ? { country: address['BT-40'] } : {}),
      },
    ),
  );
  for (const id of seller['BT-29'] ?? []) push(out, identifier(id, 'Identifiant'));
  push(out, identifier(seller['BT-30'], 'Immatriculation'));
  push(out, seller['BT-31'] && `TVA : ${seller['BT-31']}`);
  push(out, seller['BT-32'] && `N° fiscal : ${seller['BT-32']}`);
  push(out, seller['BT-33']);
  push(out, seller['BT-34'] && `Adresse de facturation électronique : ${seller['BT-34'].id}`);
  const contact = seller['BG-6'];
  push(out, contact?.['BT-41'] && `Contact : ${contact['BT-41']}`);
  push(out, contact?.['BT-42'] && `Tél. : ${contact['BT-42']}`);
  push(out, contact?.['BT-43']);
  return out;
}

export function buyerBlock(invoice: Invoice): BlockLine[] {
  const buyer = invoice['BG-7'];
  const out: BlockLine[] = [{ text: 'Client', muted: true }];
  if (!buyer) return [...out, { text: '(non renseigné)' }];
  push(out, buyer['BT-44'], { bold: true });
  push(out, buyer['BT-45'] && `Nom commercial : ${buyer['BT-45']}`);
  const address = buyer['BG-8'];
  out.push(
    ...addressLines(
      address && {
        lines: [address['BT-50'], address['BT-51'], address['BT-163']],
        ...(address['BT-53'] ? { postCode: address['BT-53'] } : {}),
        ...(address['BT-52'] ? { city: address['BT-52'] } : {}),
        ...(address['BT-54'] ? { subdivision: address['BT-54'] } : {}),
        ...(address['BT-55'] ? { country: address['BT-55'] } : {}),
      },
    ),
  );
  push(out, identifier(buyer['BT-46'], 'Identifiant'));
  push(out, identifier(buyer['BT-47'], 'Immatriculation'));
  push(out, buyer['BT-48'] && `TVA : ${buyer['BT-48']}`);
  push(out, buyer['BT-49'] && `Adresse de facturation électronique : ${buyer['BT-49'].id}`);
  const contact = buyer['BG-9'];
  push(out, contact?.['BT-56'] && `Contact : ${contact['BT-56']}`);
  push(out, contact?.['BT-57'] && `Tél. : ${contact['BT-57']}`);
  push(out, contact?.['BT-58']);
  return out;
}
