/**
 * What some business rules need from the document itself, beyond the model, gathered in one walk
 * of the tree per document (kept in `context.memo`):
 * - numbers written with spaces after them: `substring-after(x, '.')` counts those spaces, which
 *   the model (like xs:decimal) drops, so `100.00 ` has three decimals for BR-DEC-*;
 * - every `cbc:AdditionalDocumentReference` (UBL) or `ram:AdditionalReferencedDocument` (CII):
 *   BR-52 checks them all, whatever term the model reads from them (BG-24, BT-17, BT-18, BT-128).
 */
import { NS } from '../../../syntax/namespaces';
import type { XmlElement } from '../../../xml';
import type { RuleContext } from '../../rule';

export interface DocumentWalk {
  /** Leaf texts with a '.' and trailing XML white space, by the `line:column` of their element. */
  readonly padded: ReadonlyMap<string, string>;
  readonly additionalDocuments: readonly XmlElement[];
}

const KEY = 'business:document-walk';
const NONE: DocumentWalk = { padded: new Map(), additionalDocuments: [] };

export function documentWalk(c: RuleContext): DocumentWalk {
  const cached = c.memo.get(KEY) as DocumentWalk | undefined;
  if (cached !== undefined) return cached;
  const root = c.xml?.document.root;
  const walk = root === undefined ? NONE : walkFrom(root, c.xml?.syntax === 'ubl');
  c.memo.set(KEY, walk);
  return walk;
}

function walkFrom(root: XmlElement, ubl: boolean): DocumentWalk {
  const padded = new Map<string, string>();
  const additionalDocuments: XmlElement[] = [];
  const [namespace, name] = ubl
    ? [NS.cac, 'AdditionalDocumentReference']
    : [NS.ram, 'AdditionalReferencedDocument'];
  const stack = [root];
  for (let element = stack.pop(); element !== undefined; element = stack.pop()) {
    const { children, text } = element;
    if (element.localName === name && element.namespace === namespace) {
      additionalDocuments.push(element);
    }
    if (children.length > 0) {
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as XmlElement);
      continue;
    }
    const last = text.charCodeAt(text.length - 1);
    // Space, tab, line feed, carriage return after a number with a point.
    if ((last === 32 || last === 9 || last === 10 || last === 13) && text.includes('.')) {
      padded.set(`${element.line}:${element.column}`, text);
    }
  }
  return { padded, additionalDocuments };
}
