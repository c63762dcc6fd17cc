/**
 * The single pass that checks well-formedness and namespaces and builds the element tree (see
 * parse.ts for the guarantees). Errors leave through `ParseFailure`, which `parseXml` turns into
 * a value; nothing else is thrown on purpose.
 */
import type { LocalizedText } from '../i18n/text';
import { isXmlSpace, XML_NAME } from './chars';
import { decodeReferences } from './entities';
import { shown, type TextPosition, type XmlError, type XmlErrorCode, xmlError } from './errors';
import { internalized } from './intern';
import type { XmlLimits } from './limits';
import { positionAt } from './positions';
import type { XmlAttribute, XmlElement } from './tree';

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';

/**
 * Bound on the namespace bindings in scope at one point. Real documents have a dozen; the bound
 * keeps the per-element copy of the scope cheap whatever a hostile file declares.
 */
const MAX_NAMESPACES_IN_SCOPE = 256;

/** What follows `<?xml` up to `?>` (XML 1.0 production [23]); group 2 is the version. */
const XML_DECLARATION =
  /^\s+version\s*=\s*(["'])(1\.[0-9]+)\1(?:\s+encoding\s*=\s*(["'])[A-Za-z][A-Za-z0-9._-]*\3)?(?:\s+standalone\s*=\s*(["'])(?:yes|no)\4)?\s*$/;

/** Internal control flow only: `parseXml` turns it into an error value. */
export class ParseFailure extends Error {
  constructor(readonly error: XmlError) {
    super(error.message.en);
  }
}

interface BuildingElement {
  kind: 'element';
  namespace: string;
  localName: string;
  prefix: string;
  name: string;
  attributes: readonly XmlAttribute[];
  children: XmlElement[];
  text: string;
  line: number;
  column: number;
  parent: XmlElement | undefined;
  order: number;
}

type NamespaceScope = ReadonlyMap<string, string>;

interface RawAttribute {
  readonly name: string;
  readonly qualified: QualifiedName;
  readonly value: string;
  readonly at: number;
}

/**
 * A name split at its colon; `valid` is false when the colons break Namespaces in XML. The three
 * strings are internalized (see intern.ts): every element of the same name shares them.
 */
interface QualifiedName {
  readonly name: string;
  readonly prefix: string;
  readonly localName: string;
  readonly valid: boolean;
}

// Shared by every leaf (and every element without attributes): the builder pushes into a
// `children` array only once it has replaced this one, and the tree's types are read-only. Not
// frozen on purpose: V8 iterates a frozen array through the generic iterator protocol, so every
// `for…of` over children that met a leaf would allocate and slow down, in each reader and rule.
const NO_CHILDREN: XmlElement[] = [];
const NO_ATTRIBUTES: readonly XmlAttribute[] = [];
const NO_RAW_ATTRIBUTES: RawAttribute[] = [];
const ROOT_SCOPE: NamespaceScope = new Map([['xml', XML_NAMESPACE]]);

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const BANG = 0x21;
const QUESTION = 0x3f;
const NEWLINE = 0x0a;
const SPACE = 0x20;

/** 1 for the characters that end a name in a tag: XML white space and `> / = < " ' ?`. */
const ENDS_NAME = new Uint8Array(QUESTION + 1);
for (const c of [0x20, 0x09, 0x0a, 0x0d, GT, SLASH, EQUALS, LT, QUOTE, APOSTROPHE, QUESTION]) {
  ENDS_NAME[c] = 1;
}

/**
 * A line feed and up to this many spaces: the indentation between elements, met once per element
 * of a pretty-printed document, taken from a table instead of being cut from the text each time.
 */
const INDENTS: readonly string[] = Array.from({ length: 41 }, (_, n) => `\n${' '.repeat(n)}`);
const INDENT_SET: ReadonlySet<string> = new Set(INDENTS);

/**
 * Names already checked, with their split, by their text and by a hash of their characters (see
 * `knownName`), and namespace URIs already met: invoices of every producer use the same few
 * hundred names and URIs, so they are kept from one document to the next. Each cache is emptied
 * when it reaches `CACHE_LIMIT` entries, which a document inventing names cannot exceed.
 */
const KNOWN_NAMES = new Map<string, QualifiedName>();
const NAMES_BY_HASH = new Map<number, QualifiedName>();
const KNOWN_NAMESPACES = new Map<string, string>();
const CACHE_LIMIT = 4096;

function remember<K, V>(cache: Map<K, V>, key: K, value: V): void {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
}

export class TreeBuilder {
  private pos = 0;
  /** Open elements and their namespace scopes, innermost last: two arrays, no object per element. */
  private readonly open: BuildingElement[] = [];
  private readonly scopes: NamespaceScope[] = [];
  /**
   * The children met so far of every open element, in one stack: each open element's start in it
   * is in `childrenStart`, and its closing tag moves them into an array of the exact size. Growing
   * each element's own array by `push` would leave most of them with room for 17 children.
   */
  private readonly pendingChildren: XmlElement[] = [];
  private pendingCount = 0;
  private readonly childrenStart: number[] = [];
  private root: BuildingElement | undefined;
  private elementCount = 0;
  private xmlVersion: string | undefined;
  private nameHash = 0;
  // Cursor over line starts: elements are met in increasing offsets, so it only moves forward.
  private line = 1;
  private lineStart = 0;
  private nextNewline: number;
  // Next `]]>` and next `&` at or after the text being read (-1: none left). Text runs are met in
  // increasing offsets, so each cursor moves forward only and the text is searched once in all.
  private nextCdataClose = 0;
  private nextAmpersand = 0;

  constructor(
    private readonly text: string,
    private readonly limits: XmlLimits,
  ) {
    this.nextNewline = text.indexOf('\n');
  }

  build(): { root: XmlElement; xmlVersion: string | undefined; elementCount: number } {
    const { text } = this;
    if (text.startsWith('<?xml') && (isXmlSpace(text.charCodeAt(5)) || text.startsWith('?>', 5))) {
      this.readDeclaration();
    }
    while (this.pos < text.length) {
      const lt = text.indexOf('<', this.pos);
      const textEnd = lt === -1 ? text.length : lt;
      if (textEnd > this.pos) this.readText(this.pos, textEnd);
      if (lt === -1) break;
      this.pos = lt;
      const next = text.charCodeAt(lt + 1);
      if (next === SLASH) this.readEndTag();
      else if (next === BANG) this.readMarkupDeclaration();
      else if (next === QUESTION) this.readProcessingInstruction();
      else this.readStartTag();
    }
    const element = this.open.at(-1);
    if (element) {
      this.fail(
        'xml-malformed',
        {
          fr: `la balise <${shown(element.name)}> n'est pas fermée : le fichier s'arrête avant </${shown(element.name)}>.`,
          en: `the <${shown(element.name)}> tag is not closed: the file ends before </${shown(element.name)}>.`,
        },
        { line: element.line, column: element.column },
      );
    }
    if (this.root === undefined) {
      this.failAt('xml-malformed', text.length, {
        fr: 'il ne contient aucun élément : un document XML a un élément racine, par exemple <Invoice>.',
        en: 'it contains no element: an XML document has a root element, such as <Invoice>.',
      });
    }
    return { root: this.root, xmlVersion: this.xmlVersion, elementCount: this.elementCount };
  }

  private readDeclaration(): void {
    const end = this.text.indexOf('?>', 5);
    const body = end === -1 || end > 1024 ? undefined : this.text.slice(5, end);
    const match = body === undefined ? null : XML_DECLARATION.exec(body);
    if (!match) this.failBadDeclaration();
    this.xmlVersion = match[2];
    this.pos = (end as number) + 2;
  }

  private failBadDeclaration(): never {
    this.failAt('xml-malformed', 0, {
      fr: `l'en-tête <?xml … ?> est incorrect ; il s'écrit par exemple <?xml version="1.0" encoding="UTF-8"?>.`,
      en: 'the <?xml … ?> header is incorrect; it reads for example <?xml version="1.0" encoding="UTF-8"?>.',
    });
  }

  private readText(from: number, to: number): void {
    const open = this.open.at(-1);
    if (open === undefined) {
      for (let i = from; i < to; i++) {
        if (!isXmlSpace(this.text.charCodeAt(i))) {
          const where = this.root
            ? { fr: "après la fin de l'élément racine", en: 'after the end of the root element' }
            : { fr: 'avant le premier élément', en: 'before the first element' };
          this.failAt('xml-malformed', i, {
            fr: `du texte se trouve ${where.fr} : tout le contenu doit être à l'intérieur d'un seul élément racine.`,
            en: `there is text ${where.en}: all content must be inside a single root element.`,
          });
        }
      }
      return;
    }
    const { text } = this;
    if (this.nextCdataClose !== -1 && this.nextCdataClose < from) {
      this.nextCdataClose = text.indexOf(']]>', from);
    }
    if (this.nextCdataClose !== -1 && this.nextCdataClose + 3 <= to) {
      this.failAt('xml-malformed', this.nextCdataClose, {
        fr: 'la suite de caractères ]]> est interdite dans un texte ; écrivez ]]&gt;.',
        en: 'the sequence ]]> is not allowed in text; write ]]&gt;.',
      });
    }
    if (this.nextAmpersand !== -1 && this.nextAmpersand < from) {
      this.nextAmpersand = text.indexOf('&', from);
    }
    let value: string;
    if (this.nextAmpersand !== -1 && this.nextAmpersand < to) {
      const decoded = decodeReferences(text.slice(from, to));
      if (typeof decoded !== 'string') this.failAt(decoded.code, from + decoded.at, decoded.detail);
      value = decoded;
    } else {
      const indent = indentOf(text, from, to);
      const before = open.text;
      if (
        indent !== undefined &&
        before !== '' &&
        before.length <= MAX_JOINED_INDENT &&
        before.length + indent.length <= this.limits.maxTextLength
      ) {
        open.text = joinedIndent(before, indent);
        return;
      }
      value = indent ?? text.slice(from, to);
    }
    this.appendText(open, value, from);
  }

  private appendText(element: BuildingElement, text: string, at: number): void {
    if (element.text.length + text.length > this.limits.maxTextLength) {
      this.failAt('xml-text-too-long', at, {
        fr: `le texte de l'élément <${shown(element.name)}> dépasse la limite de ${formatCount(this.limits.maxTextLength)} caractères.`,
        en: `the text of the <${shown(element.name)}> element exceeds the limit of ${formatCount(this.limits.maxTextLength)} characters.`,
      });
    }
    element.text += text;
  }

  private readStartTag(): void {
    const { text } = this;
    const start = this.pos;
    const nameEnd = this.nameEnd(start + 1);
    if (nameEnd === start + 1) {
      this.failAt('xml-malformed', start, {
        fr: "le caractère < doit être suivi d'un nom de balise ; dans un texte, il s'écrit &lt;.",
        en: 'the < character must be followed by a tag name; in text it is written &lt;.',
      });
    }
    const qualified =
      this.knownName(start + 1, nameEnd) ??
      this.nameOf(text.slice(start + 1, nameEnd), start + 1, 'tag');
    const { name } = qualified;
    // A list of its own for each tag that has attributes, made from its first one: most tags have
    // none, most others one. A list shared by every tag, emptied each time, would lose its storage
    // at each emptying and take room for 17 at the next push.
    let rawAttributes = NO_RAW_ATTRIBUTES;
    let i = nameEnd;
    let selfClosing = false;
    for (;;) {
      const spaceStart = i;
      while (isXmlSpace(text.charCodeAt(i))) i++;
      const c = text.charCodeAt(i);
      if (c === GT) {
        i++;
        break;
      }
      if (c === SLASH && text.charCodeAt(i + 1) === GT) {
        i += 2;
        selfClosing = true;
        break;
      }
      if (i >= text.length) this.failUnterminatedTag(name, start);
      if (c === LT) this.failUnterminatedTag(name, start);
      const attributeEnd = this.nameEnd(i);
      if (attributeEnd === i || i === spaceStart) {
        this.failAt('xml-malformed', i, {
          fr: `le caractère « ${text.charAt(i)} » est inattendu dans la balise <${shown(name)}> ; les attributs s'écrivent nom="valeur", séparés par des espaces.`,
          en: `the character "${text.charAt(i)}" is unexpected in the <${shown(name)}> tag; attributes are written name="value", separated by spaces.`,
        });
      }
      const attributeQualified =
        this.knownName(i, attributeEnd) ?? this.nameOf(text.slice(i, attributeEnd), i, 'attribute');
      const attributeName = attributeQualified.name;
      const attributeStart = i;
      i = attributeEnd;
      while (isXmlSpace(text.charCodeAt(i))) i++;
      if (text.charCodeAt(i) !== EQUALS) {
        this.failAt('xml-malformed', attributeStart, {
          fr: `l'attribut ${shown(attributeName)} de la balise <${shown(name)}> n'a pas de valeur ; il s'écrit ${shown(attributeName)}="valeur".`,
          en: `the ${shown(attributeName)} attribute of the <${shown(name)}> tag has no value; it is written ${shown(attributeName)}="value".`,
        });
      }
      i++;
      while (isXmlSpace(text.charCodeAt(i))) i++;
      const quote = text.charCodeAt(i);
      if (quote !== QUOTE && quote !== APOSTROPHE) {
        this.failAt('xml-malformed', i, {
          fr: `la valeur de l'attribut ${shown(attributeName)} doit être entre guillemets.`,
          en: `the value of the ${shown(attributeName)} attribute must be in quotes.`,
        });
      }
      const close = text.indexOf(quote === QUOTE ? '"' : "'", i + 1);
      if (close === -1) this.failUnterminatedTag(name, start);
      const value = this.attributeValue(text.slice(i + 1, close), i + 1, attributeName);
      const raw: RawAttribute = {
        name: attributeName,
        qualified: attributeQualified,
        value,
        at: attributeStart,
      };
      if (rawAttributes === NO_RAW_ATTRIBUTES) rawAttributes = [raw];
      else rawAttributes.push(raw);
      if (rawAttributes.length > this.limits.maxAttributes) {
        this.failAt('xml-too-many-attributes', start, {
          fr: `la balise <${shown(name)}> a plus de ${formatCount(this.limits.maxAttributes)} attributs.`,
          en: `the <${shown(name)}> tag has more than ${formatCount(this.limits.maxAttributes)} attributes.`,
        });
      }
      i = close + 1;
    }
    this.pos = i;
    this.openElement(qualified, rawAttributes, start, selfClosing);
  }

  private attributeValue(raw: string, at: number, attributeName: string): string {
    const lt = raw.indexOf('<');
    if (lt !== -1) {
      this.failAt('xml-malformed', at + lt, {
        fr: `le caractère < est interdit dans la valeur de l'attribut ${shown(attributeName)} ; écrivez &lt;.`,
        en: `the < character is not allowed in the value of the ${shown(attributeName)} attribute; write &lt;.`,
      });
    }
    if (raw.length > this.limits.maxTextLength) {
      this.failAt('xml-text-too-long', at, {
        fr: `la valeur de l'attribut ${shown(attributeName)} dépasse la limite de ${formatCount(this.limits.maxTextLength)} caractères.`,
        en: `the value of the ${shown(attributeName)} attribute exceeds the limit of ${formatCount(this.limits.maxTextLength)} characters.`,
      });
    }
    // Attribute-value normalisation (§3.3.3) applies to literal white space only, so it runs before
    // references are decoded: `&#10;` stays a line feed. CRs are already gone.
    const spaced = /[\t\n]/.test(raw) ? raw.replace(/[\t\n]/g, ' ') : raw;
    const decoded = decodeReferences(spaced);
    if (typeof decoded !== 'string') this.failAt(decoded.code, at + decoded.at, decoded.detail);
    return decoded;
  }

  private openElement(
    qualified: QualifiedName,
    rawAttributes: readonly RawAttribute[],
    start: number,
    selfClosing: boolean,
  ): void {
    const { name } = qualified;
    const depth = this.open.length;
    const parent = depth === 0 ? undefined : this.open[depth - 1];
    if (parent === undefined && this.root !== undefined) {
      this.failAt('xml-malformed', start, {
        fr: `un second élément racine <${shown(name)}> suit </${shown(this.root.name)}> : un document XML n'a qu'un élément racine.`,
        en: `a second root element <${shown(name)}> follows </${shown(this.root.name)}>: an XML document has a single root element.`,
      });
    }
    if (depth >= this.limits.maxDepth) {
      this.failAt('xml-too-deep', start, {
        fr: `les éléments sont imbriqués sur plus de ${formatCount(this.limits.maxDepth)} niveaux.`,
        en: `elements are nested more than ${formatCount(this.limits.maxDepth)} levels deep.`,
      });
    }
    if (this.elementCount >= this.limits.maxElements) {
      this.failAt('xml-too-many-elements', start, {
        fr: `il contient plus de ${formatCount(this.limits.maxElements)} éléments.`,
        en: `it contains more than ${formatCount(this.limits.maxElements)} elements.`,
      });
    }
    this.checkDuplicates(name, rawAttributes);
    const parentScope = depth === 0 ? ROOT_SCOPE : (this.scopes[depth - 1] as NamespaceScope);
    const scope =
      rawAttributes.length === 0 ? parentScope : this.scopeFor(parentScope, rawAttributes, name);
    this.checkColons(qualified, name, start);
    let namespace = '';
    if (qualified.prefix !== '') {
      namespace = this.lookup(scope, qualified.prefix, start, name);
    } else {
      namespace = scope.get('') ?? '';
    }
    this.moveToLineOf(start);
    const element: BuildingElement = {
      kind: 'element',
      namespace,
      localName: qualified.localName,
      prefix: qualified.prefix,
      name,
      attributes: NO_ATTRIBUTES,
      children: NO_CHILDREN,
      text: '',
      line: this.line,
      column: start - this.lineStart + 1,
      parent,
      order: this.elementCount,
    };
    this.elementCount++;
    if (rawAttributes.length > 0) {
      element.attributes = this.resolveAttributes(element, rawAttributes, scope);
    }
    if (parent === undefined) this.root = element;
    else this.pendingChildren[this.pendingCount++] = element;
    if (!selfClosing) {
      this.open.push(element);
      this.scopes.push(scope);
      this.childrenStart.push(this.pendingCount);
    }
  }

  /** Gives a closed element the children met since its start tag (leaves keep NO_CHILDREN). */
  private closeChildren(element: BuildingElement): void {
    const start = this.childrenStart.pop() as number;
    if (this.pendingCount === start) return;
    element.children = this.pendingChildren.slice(start, this.pendingCount);
    this.pendingCount = start;
  }

  private checkDuplicates(tagName: string, rawAttributes: readonly RawAttribute[]): void {
    for (let i = 1; i < rawAttributes.length; i++) {
      const attribute = rawAttributes[i] as RawAttribute;
      for (let j = 0; j < i; j++) {
        if ((rawAttributes[j] as RawAttribute).name === attribute.name) {
          this.failAt('xml-malformed', attribute.at, {
            fr: `l'attribut ${shown(attribute.name)} apparaît deux fois dans la balise <${shown(tagName)}>.`,
            en: `the ${shown(attribute.name)} attribute appears twice in the <${shown(tagName)}> tag.`,
          });
        }
      }
    }
  }

  private scopeFor(
    parentScope: NamespaceScope,
    rawAttributes: readonly RawAttribute[],
    tagName: string,
  ): NamespaceScope {
    let scope: Map<string, string> | undefined;
    for (const attribute of rawAttributes) {
      const declared = declaredPrefix(attribute.name);
      if (declared === undefined) continue;
      this.checkDeclaration(declared, attribute, tagName);
      scope ??= new Map(parentScope);
      scope.set(declared, this.namespaceOf(attribute.value));
    }
    if (scope === undefined) return parentScope;
    if (scope.size > MAX_NAMESPACES_IN_SCOPE) {
      this.failAt('xml-namespace', rawAttributes[0]?.at ?? this.pos, {
        fr: `plus de ${MAX_NAMESPACES_IN_SCOPE} espaces de noms sont déclarés à la fois.`,
        en: `more than ${MAX_NAMESPACES_IN_SCOPE} namespaces are declared at once.`,
      });
    }
    return scope;
  }

  private namespaceOf(uri: string): string {
    let shared = KNOWN_NAMESPACES.get(uri);
    if (shared === undefined) {
      shared = internalized(uri);
      remember(KNOWN_NAMESPACES, uri, shared);
    }
    return shared;
  }

  private checkDeclaration(prefix: string, attribute: RawAttribute, tagName: string): void {
    const uri = attribute.value;
    let problem: LocalizedText | undefined;
    if (prefix === 'xmlns') {
      problem = {
        fr: 'le préfixe xmlns ne peut pas être déclaré',
        en: 'the xmlns prefix cannot be declared',
      };
    } else if (prefix === 'xml' ? uri !== XML_NAMESPACE : uri === XML_NAMESPACE) {
      problem = {
        fr: "le préfixe xml et son espace de noms ne vont qu'ensemble",
        en: 'the xml prefix and its namespace only go together',
      };
    } else if (uri === XMLNS_NAMESPACE) {
      problem = { fr: 'cet espace de noms est réservé', en: 'this namespace is reserved' };
    } else if (prefix !== '' && uri === '') {
      problem = {
        fr: `le préfixe ${shown(prefix)} ne peut pas être associé à un espace de noms vide`,
        en: `the ${shown(prefix)} prefix cannot be bound to an empty namespace`,
      };
    } else if (prefix !== '') {
      this.checkNcName(prefix, attribute.at, tagName);
    }
    if (problem) {
      this.failAt('xml-namespace', attribute.at, {
        fr: `la déclaration ${shown(attribute.name)} de la balise <${shown(tagName)}> est interdite : ${problem.fr}.`,
        en: `the ${shown(attribute.name)} declaration of the <${shown(tagName)}> tag is not allowed: ${problem.en}.`,
      });
    }
  }

  private resolveAttributes(
    element: BuildingElement,
    rawAttributes: readonly RawAttribute[],
    scope: NamespaceScope,
  ): readonly XmlAttribute[] {
    let attributes: XmlAttribute[] | undefined;
    for (const raw of rawAttributes) {
      if (declaredPrefix(raw.name) !== undefined) continue;
      const { qualified } = raw;
      this.checkColons(qualified, raw.name, raw.at);
      const namespace =
        qualified.prefix === '' ? '' : this.lookup(scope, qualified.prefix, raw.at, raw.name);
      for (const earlier of attributes ?? NO_ATTRIBUTES) {
        if (earlier.localName === qualified.localName && earlier.namespace === namespace) {
          this.failAt('xml-namespace', raw.at, {
            fr: `les attributs ${shown(earlier.name)} et ${shown(raw.name)} de la balise <${shown(element.name)}> désignent le même attribut.`,
            en: `the ${shown(earlier.name)} and ${shown(raw.name)} attributes of the <${shown(element.name)}> tag name the same attribute.`,
          });
        }
      }
      const attribute: XmlAttribute = {
        kind: 'attribute',
        namespace,
        localName: qualified.localName,
        prefix: qualified.prefix,
        name: raw.name,
        value: raw.value,
        parent: element,
      };
      // Made from the first attribute, so that a single one takes a list of one.
      if (attributes === undefined) attributes = [attribute];
      else attributes.push(attribute);
    }
    return attributes ?? NO_ATTRIBUTES;
  }

  private lookup(scope: NamespaceScope, prefix: string, at: number, name: string): string {
    if (prefix === 'xmlns') {
      this.failAt('xml-namespace', at, {
        fr: `le nom ${shown(name)} utilise le préfixe réservé xmlns.`,
        en: `the name ${shown(name)} uses the reserved xmlns prefix.`,
      });
    }
    const namespace = scope.get(prefix);
    if (namespace === undefined) {
      this.failAt('xml-namespace', at, {
        fr: `le préfixe « ${shown(prefix)} » de ${shown(name)} n'est déclaré nulle part (il manque xmlns:${shown(prefix)}="…").`,
        en: `the "${shown(prefix)}" prefix of ${shown(name)} is not declared anywhere (xmlns:${shown(prefix)}="…" is missing).`,
      });
    }
    return namespace;
  }

  private checkColons(qualified: QualifiedName, name: string, at: number): void {
    if (!qualified.valid) {
      this.failAt('xml-namespace', at, {
        fr: `le nom ${shown(name)} est invalide : il contient au plus un deux-points, entre un préfixe et un nom.`,
        en: `the name ${shown(name)} is invalid: it holds at most one colon, between a prefix and a name.`,
      });
    }
  }

  private checkNcName(prefix: string, at: number, tagName: string): void {
    if (prefix.includes(':') || !XML_NAME.test(prefix)) {
      this.failAt('xml-namespace', at, {
        fr: `le préfixe déclaré « ${shown(prefix)} » dans la balise <${shown(tagName)}> n'est pas un nom valide.`,
        en: `the declared prefix "${shown(prefix)}" in the <${shown(tagName)}> tag is not a valid name.`,
      });
    }
  }

  private readEndTag(): void {
    const { text } = this;
    const start = this.pos;
    const open = this.open.at(-1);
    if (open === undefined) {
      const written = text.slice(start + 2, this.nameEnd(start + 2));
      this.failAt('xml-malformed', start, {
        fr: `la balise fermante </${shown(written)}> ne ferme aucune balise ouverte.`,
        en: `the closing tag </${shown(written)}> closes no open tag.`,
      });
    }
    const expected = open.name;
    if (text.startsWith(expected, start + 2)) {
      let i = start + 2 + expected.length;
      while (isXmlSpace(text.charCodeAt(i))) i++;
      if (text.charCodeAt(i) === GT) {
        this.open.pop();
        this.scopes.pop();
        this.closeChildren(open);
        this.pos = i + 1;
        return;
      }
    }
    const written = text.slice(start + 2, this.nameEnd(start + 2));
    if (written === expected) {
      this.failAt('xml-malformed', start, {
        fr: `la balise fermante </${shown(expected)}> doit se terminer juste après son nom par >.`,
        en: `the closing tag </${shown(expected)}> must end right after its name with >.`,
      });
    }
    const { line } = open;
    this.failAt('xml-malformed', start, {
      fr: `la balise <${shown(expected)}> ouverte ligne ${line} n'est pas fermée : on attend </${shown(expected)}> et on trouve </${shown(written)}>.`,
      en: `the <${shown(expected)}> tag opened at line ${line} is not closed: </${shown(expected)}> is expected, </${shown(written)}> is found.`,
    });
  }

  private readMarkupDeclaration(): void {
    const { text } = this;
    const start = this.pos;
    if (text.startsWith('<!--', start)) {
      const end = text.indexOf('-->', start + 4);
      if (end === -1) {
        this.failAt('xml-malformed', start, {
          fr: "un commentaire <!-- n'est jamais fermé par -->.",
          en: 'a <!-- comment is never closed with -->.',
        });
      }
      const body = text.slice(start + 4, end);
      if (body.includes('--') || body.endsWith('-')) {
        this.failAt('xml-malformed', start, {
          fr: 'un commentaire contient « -- », ce que XML interdit.',
          en: 'a comment contains "--", which XML forbids.',
        });
      }
      this.pos = end + 3;
      return;
    }
    if (text.startsWith('<![CDATA[', start)) {
      const open = this.open.at(-1);
      if (open === undefined) {
        this.failAt('xml-malformed', start, {
          fr: "une section CDATA se trouve hors de l'élément racine.",
          en: 'a CDATA section lies outside the root element.',
        });
      }
      const end = text.indexOf(']]>', start + 9);
      if (end === -1) {
        this.failAt('xml-malformed', start, {
          fr: "une section <![CDATA[ n'est jamais fermée par ]]>.",
          en: 'a <![CDATA[ section is never closed with ]]>.',
        });
      }
      this.appendText(open, text.slice(start + 9, end), start);
      this.pos = end + 3;
      return;
    }
    if (/^<!(DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)/i.test(text.slice(start, start + 10))) {
      this.failAt('xml-doctype', start, {
        fr: "il contient une déclaration DOCTYPE (DTD). Elle est refusée par sécurité : elle permet l'expansion d'entités (« billion laughs ») et la lecture de fichiers ou d'adresses externes (XXE). Une facture n'en a jamais besoin ; retirez-la.",
        en: 'it contains a DOCTYPE declaration (DTD). It is refused for safety: it allows entity expansion ("billion laughs") and reading external files or addresses (XXE). An invoice never needs one; remove it.',
      });
    }
    this.failAt('xml-malformed', start, {
      fr: "la suite « <! » n'ouvre ni un commentaire <!-- ni une section <![CDATA[.",
      en: 'the sequence "<!" opens neither a <!-- comment nor a <![CDATA[ section.',
    });
  }

  private readProcessingInstruction(): void {
    const { text } = this;
    const start = this.pos;
    const targetEnd = this.nameEnd(start + 2);
    const target = text.slice(start + 2, targetEnd);
    if (target.toLowerCase() === 'xml') {
      if (start === 0) this.failBadDeclaration();
      this.failAt('xml-malformed', start, {
        fr: "l'en-tête <?xml … ?> doit être tout au début du fichier, sans rien avant, pas même une ligne vide ou une espace.",
        en: 'the <?xml … ?> header must be at the very start of the file, with nothing before it, not even a blank line or a space.',
      });
    }
    if (target === '') {
      this.failAt('xml-malformed', start, {
        fr: "la suite « <? » doit être suivie d'un nom d'instruction.",
        en: 'the sequence "<?" must be followed by an instruction name.',
      });
    }
    this.nameOf(target, start + 2, 'tag');
    const end = text.indexOf('?>', targetEnd);
    if (end === -1) {
      this.failAt('xml-malformed', start, {
        fr: `l'instruction <?${shown(target)} n'est jamais fermée par ?>.`,
        en: `the <?${shown(target)} instruction is never closed with ?>.`,
      });
    }
    this.pos = end + 2;
  }

  /**
   * End of a name starting at `from`: the first character that cannot continue a tag. Leaves a
   * hash of the name's characters in `nameHash`, for `knownName`.
   */
  private nameEnd(from: number): number {
    const { text } = this;
    let hash = 0;
    let i = from;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // Letters, most of a name, are above every character that can end one: one comparison.
      if (c <= QUESTION && ENDS_NAME[c] === 1) break;
      hash = (Math.imul(hash, 31) + c) | 0;
    }
    // Kept within the engine's small integers, which a Map hashes without allocating.
    this.nameHash = hash & 0x3fffffff;
    return i;
  }

  /**
   * The name from `from` to `to` (just measured by `nameEnd`) when it was met before: found by its
   * hash and compared in place, so a known name is never cut out of the text nor hashed as a string.
   */
  private knownName(from: number, to: number): QualifiedName | undefined {
    const known = NAMES_BY_HASH.get(this.nameHash);
    if (known === undefined) return undefined;
    const { name } = known;
    return name.length === to - from && this.text.startsWith(name, from) ? known : undefined;
  }

  private nameOf(name: string, at: number, what: 'tag' | 'attribute'): QualifiedName {
    let qualified = KNOWN_NAMES.get(name);
    if (qualified === undefined) {
      if (!XML_NAME.test(name)) {
        this.failAt('xml-malformed', at, {
          fr: `« ${shown(name)} » n'est pas un nom ${what === 'tag' ? 'de balise' : "d'attribut"} valide.`,
          en: `"${shown(name)}" is not a valid ${what === 'tag' ? 'tag' : 'attribute'} name.`,
        });
      }
      qualified = splitQualifiedName(name);
      remember(KNOWN_NAMES, name, qualified);
    }
    // The last name of each hash: two names sharing one only take the slower path in turn.
    remember(NAMES_BY_HASH, this.nameHash, qualified);
    return qualified;
  }

  private failUnterminatedTag(name: string, start: number): never {
    this.failAt('xml-malformed', start, {
      fr: `la balise <${shown(name)}> n'est pas terminée par > (le fichier est peut-être tronqué).`,
      en: `the <${shown(name)}> tag is not ended with > (the file may be truncated).`,
    });
  }

  /** Moves the line cursor to the line holding `offset`. */
  private moveToLineOf(offset: number): void {
    while (this.nextNewline !== -1 && this.nextNewline < offset) {
      this.line++;
      this.lineStart = this.nextNewline + 1;
      this.nextNewline = this.text.indexOf('\n', this.lineStart);
    }
  }

  private failAt(code: XmlErrorCode, offset: number, detail: LocalizedText): never {
    this.fail(code, detail, positionAt(this.text, offset));
  }

  private fail(code: XmlErrorCode, detail: LocalizedText, position: TextPosition): never {
    throw new ParseFailure(xmlError(code, detail, position));
  }
}

function splitQualifiedName(name: string): QualifiedName {
  const shared = internalized(name);
  const colon = name.indexOf(':');
  if (colon === -1) return { name: shared, prefix: '', localName: shared, valid: true };
  const prefix = name.slice(0, colon);
  const localName = name.slice(colon + 1);
  return {
    name: shared,
    prefix: internalized(prefix),
    localName: internalized(localName),
    valid: prefix !== '' && localName !== '' && !localName.includes(':'),
  };
}

/**
 * Indentation already joined: an element's text followed by one more indent, by those two texts.
 * An element's own text is the white space around its children, one indent per child, the same
 * few strings in every element of a pretty-printed document: looked up here, each join is made
 * once instead of once per child (some 15,000 on a 1,000-line invoice). Only texts made of
 * indents enter, and the cache is emptied at `CACHE_LIMIT` joins, so it stays small.
 */
const JOINED_INDENTS = new Map<string, Map<string, string>>();
let joinedIndentCount = 0;
const MAX_JOINED_INDENT = 256;

/** `before` + `indent`, from the cache when `before` is made of indents; `before` is short. */
function joinedIndent(before: string, indent: string): string {
  const byIndent = JOINED_INDENTS.get(before);
  const known = byIndent?.get(indent);
  if (known !== undefined) return known;
  const joined = before + indent;
  // `before` is made of indents when it is one or a join kept here; anything else is not cached.
  const madeOfIndents = byIndent !== undefined || INDENT_SET.has(before);
  if (madeOfIndents && joined.length <= MAX_JOINED_INDENT) {
    if (joinedIndentCount >= CACHE_LIMIT) {
      JOINED_INDENTS.clear();
      joinedIndentCount = 0;
    }
    joinedIndentCount++;
    const flat = internalized(joined);
    if (byIndent === undefined) JOINED_INDENTS.set(before, new Map([[indent, flat]]));
    else byIndent.set(indent, flat);
    // A join can itself be followed by an indent.
    if (!JOINED_INDENTS.has(flat)) JOINED_INDENTS.set(flat, new Map());
    return flat;
  }
  return joined;
}

/** The text from `from` to `to` when it is a line feed and a few spaces, from the table. */
function indentOf(text: string, from: number, to: number): string | undefined {
  const spaces = to - from - 1;
  if (spaces >= INDENTS.length || text.charCodeAt(from) !== NEWLINE) return undefined;
  for (let i = from + 1; i < to; i++) if (text.charCodeAt(i) !== SPACE) return undefined;
  return INDENTS[spaces];
}

/** `xmlns` → '' (the default namespace), `xmlns:p` → 'p', any other name → undefined. */
function declaredPrefix(name: string): string | undefined {
  if (!name.startsWith('xmlns')) return undefined;
  if (name.length === 5) return '';
  return name.charCodeAt(5) === 0x3a ? name.slice(6) : undefined;
}

function formatCount(count: number): string {
  // Thin grouping that reads the same in French and English.
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}
