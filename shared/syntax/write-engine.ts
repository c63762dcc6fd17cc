/**
 * Walks a model along a binding compiled for writing (one per syntax: ubl/write.ts, cii/write.ts)
 * and places each value with the tree builder (write-tree.ts). What cannot be placed — a path the
 * schema (profile) does not allow, no room for one more, a character XML cannot hold — is listed
 * as dropped instead, with the pointer it had in the model.
 */
import type { LocalizedText } from '../i18n/text';
import type { GroupId, Invoice, TermId } from '../model';
import { hasForbiddenXmlChar } from '../xml/write';
import { type DroppedTerm, type DropReason, droppedTerm } from './write-result';
import type { Mark, Need, OutElement, Step, TreeBuilder } from './write-tree';

/** The parts of a term's value beside the main one (BT-n-1 schemes, BT-158-2, BT-125-1/2). */
export type QualifierKey = 'scheme' | 'version' | 'mimeCode' | 'filename';

export interface WriteQualifier {
  readonly key: QualifierKey;
  /** Qualifier id for messages: `BT-29-1`. */
  readonly id: string;
  /** An attribute of the value's element … */
  readonly attribute?: string;
  /** … or an element reached from the value's element. */
  readonly steps?: readonly Step[];
}

export interface WriteTerm {
  readonly term: TermId;
  /** The path for a value (the binding may offer several; the syntax picks one per value). */
  readonly steps: (value: unknown) => readonly Step[];
  /** The path starts from the document element, not from the group's (UBL BT-110 in BG-22). */
  readonly fromRoot?: boolean;
  /** The value is this attribute of the last element, not its text. */
  readonly attribute?: string;
  /** The text written for the main part of the value. */
  readonly text: (value: unknown) => string | undefined;
  /** Attributes the last element always gets with the value (date format, currency). */
  readonly leafAttributes?: readonly (readonly [string, string | undefined])[];
  readonly qualifiers?: readonly WriteQualifier[];
  /** A mark the value's parent element must carry (a CII VAT category's tax). */
  readonly parentMark?: Mark;
  /** The model value to write, when it is not simply the term's (UBL note subject and text). */
  readonly valueIn?: (group: Readonly<Record<string, unknown>>) => unknown;
  /** Written by another entry (UBL BT-21, inside BT-22's text). */
  readonly writtenWith?: TermId;
  /** When false, the syntax has no place for the value in this document (UBL credit note BT-9). */
  readonly placeable?: (invoice: Invoice) => boolean;
  /** Why, when `placeable` says false; 'syntax' by default. */
  readonly unplaceableBecause?: 'profile' | 'syntax';
}

export interface WriteExtension {
  readonly key: string;
  readonly steps: readonly Step[];
  readonly text: (value: string) => string;
  readonly leafAttributes?: readonly (readonly [string, string])[];
}

export interface WriteGroup {
  readonly group: GroupId;
  /** `undefined`: the group has no element; its terms go in the parent's (UBL BG-2). */
  readonly steps: readonly Step[] | undefined;
  /** The path starts from the document element (UBL BG-14 inside BG-13). */
  readonly fromRoot?: boolean;
  /** Its terms are spread over shared elements: it takes no element for itself. */
  readonly spread: boolean;
  /** When false, the syntax cannot hold this occurrence (UBL payment means without a code). */
  readonly placeable?: (occurrence: Readonly<Record<string, unknown>>) => boolean;
  /**
   * For a spread group: the element that shows it is there when it holds nothing (CII BG-13's
   * ship-to party), written for an empty occurrence so that it reads back as present.
   */
  readonly presence?: readonly Step[];
  readonly repeatable: boolean;
  readonly content: WriteContent;
}

export interface WriteContent {
  readonly terms: readonly WriteTerm[];
  readonly groups: readonly WriteGroup[];
  readonly extensions: readonly WriteExtension[];
}

export interface WriteContext {
  readonly builder: TreeBuilder;
  readonly invoice: Invoice;
  readonly dropped: DroppedTerm[];
  /** Why a path the structure refuses is dropped: the profile's doing, or the syntax's. */
  readonly refusal: 'profile' | 'syntax';
  /** The profile or syntax, as the messages name it (`Factur-X BASIC`, `UBL 2.1`). */
  readonly where: LocalizedText;
  /** The syntax's name, for values that no schema of it can hold. */
  readonly syntaxName: LocalizedText;
}

type JsonObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function drop(context: WriteContext, pointer: string, term: string, reason: DropReason): void {
  const where = reason === 'syntax' ? context.syntaxName : context.where;
  context.dropped.push(droppedTerm(pointer, term, reason, where));
}

/** Writes a group's terms, sub-groups and extensions from `object` into `element`. */
export function writeContent(
  context: WriteContext,
  content: WriteContent,
  object: JsonObject,
  element: OutElement,
  at: string,
): void {
  for (const term of content.terms) {
    if (term.writtenWith !== undefined) continue;
    const value = term.valueIn ? term.valueIn(object) : object[term.term];
    if (value === undefined) continue;
    const pointer = `${at}/${term.term}`;
    if (Array.isArray(value)) {
      value.forEach((one, index) => {
        writeTerm(context, term, one, element, `${pointer}/${index}`, pointer);
      });
    } else {
      writeTerm(context, term, value, element, pointer, pointer);
    }
  }
  for (const group of content.groups) {
    const value = object[group.group];
    if (value === undefined) continue;
    writeGroup(context, group, value, element, `${at}/${group.group}`);
  }
  writeExtensions(context, content.extensions, object.extensions, element, at);
}

function writeGroup(
  context: WriteContext,
  group: WriteGroup,
  value: unknown,
  groupParent: OutElement,
  pointer: string,
): void {
  const occurrences = Array.isArray(value) ? value : [value];
  const { builder } = context;
  const parent = group.fromRoot ? builder.root : groupParent;
  const steps = group.steps;
  if (steps !== undefined && !builder.allows(parent, steps)) {
    drop(context, pointer, group.group, context.refusal);
    return;
  }
  occurrences.forEach((occurrence, index) => {
    if (!isObject(occurrence)) return;
    const at = Array.isArray(value) ? `${pointer}/${index}` : pointer;
    if (group.placeable !== undefined && !group.placeable(occurrence)) {
      drop(context, at, group.group, 'syntax');
      return;
    }
    if (steps === undefined) {
      writeContent(context, group.content, occurrence, parent, at);
      return;
    }
    const need: Need = group.spread ? { kind: 'any' } : { kind: 'group' };
    if (!builder.canPlace(parent, steps, need)) {
      drop(context, at, group.group, 'syntax');
      return;
    }
    const element = builder.place(parent, steps, need);
    if (!group.spread) element.claimed = true;
    writeContent(context, group.content, occurrence, element, at);
    const { presence } = group;
    if (
      presence !== undefined &&
      Object.keys(occurrence).length === 0 &&
      builder.allows(element, presence) &&
      builder.canPlace(element, presence, { kind: 'any' })
    ) {
      builder.place(element, presence, { kind: 'any' });
    }
  });
}

function writeTerm(
  context: WriteContext,
  term: WriteTerm,
  value: unknown,
  groupElement: OutElement,
  pointer: string,
  termPointer: string,
): void {
  const { builder } = context;
  const parent = term.fromRoot ? builder.root : groupElement;
  const text = term.text(value);
  if (text === undefined) return;
  if (hasForbiddenXmlChar(text)) {
    drop(context, pointer, term.term, 'xml-character');
    return;
  }
  if (term.placeable !== undefined && !term.placeable(context.invoice)) {
    drop(context, pointer, term.term, term.unplaceableBecause ?? 'syntax');
    return;
  }
  const steps = term.steps(value);
  const leafAttributes = (term.leafAttributes ?? []).filter(([, v]) => v !== undefined);
  const attributes = [
    ...(term.attribute === undefined ? [] : [term.attribute]),
    ...leafAttributes.map(([name]) => name),
  ];
  if (!builder.allows(parent, steps, attributes)) {
    // A repeated term refused by the schema is refused whole: one entry for all its values.
    const whole = pointer !== termPointer;
    if (!whole || !context.dropped.some((d) => d.pointer === termPointer)) {
      drop(context, whole ? termPointer : pointer, term.term, context.refusal);
    }
    return;
  }
  const need: Need =
    term.attribute === undefined ? { kind: 'text' } : { kind: 'attribute', name: term.attribute };
  if (!builder.canPlace(parent, steps, need)) {
    drop(context, pointer, term.term, 'syntax');
    return;
  }
  const leaf = builder.place(parent, steps, need);
  if (term.attribute === undefined) leaf.text = text;
  else leaf.attributes.push([term.attribute, text]);
  for (const [name, v] of leafAttributes) {
    if (!leaf.attributes.some(([n]) => n === name)) leaf.attributes.push([name, v as string]);
  }
  if (term.parentMark !== undefined && leaf.parent !== undefined) {
    builder.ensureMark(leaf.parent, term.parentMark);
  }
  if (isObject(value)) writeQualifiers(context, term, value, leaf, pointer);
}

function writeQualifiers(
  context: WriteContext,
  term: WriteTerm,
  value: JsonObject,
  leaf: OutElement,
  pointer: string,
): void {
  const { builder } = context;
  for (const qualifier of term.qualifiers ?? []) {
    const part = value[qualifier.key];
    if (typeof part !== 'string') continue;
    const at = `${pointer}/${qualifier.key}`;
    if (hasForbiddenXmlChar(part)) {
      drop(context, at, qualifier.id, 'xml-character');
      continue;
    }
    if (qualifier.attribute !== undefined) {
      if (!builder.allows(leaf, [], [qualifier.attribute])) {
        drop(context, at, qualifier.id, context.refusal);
        continue;
      }
      if (!leaf.attributes.some(([n]) => n === qualifier.attribute)) {
        leaf.attributes.push([qualifier.attribute, part]);
      }
      continue;
    }
    const steps = qualifier.steps ?? [];
    if (!builder.allows(leaf, steps)) {
      drop(context, at, qualifier.id, context.refusal);
      continue;
    }
    if (!builder.canPlace(leaf, steps, { kind: 'text' })) {
      drop(context, at, qualifier.id, 'syntax');
      continue;
    }
    builder.place(leaf, steps, { kind: 'text' }).text = part;
  }
}

function writeExtensions(
  context: WriteContext,
  bindings: readonly WriteExtension[],
  extensions: unknown,
  element: OutElement,
  at: string,
): void {
  if (!isObject(extensions)) return;
  const { builder } = context;
  for (const [key, value] of Object.entries(extensions)) {
    const pointer = `${at}/extensions/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    const binding = bindings.find((b) => b.key === key);
    if (binding === undefined || typeof value !== 'string') {
      drop(context, pointer, key, 'syntax');
      continue;
    }
    if (hasForbiddenXmlChar(value)) {
      drop(context, pointer, key, 'xml-character');
      continue;
    }
    const attributes = (binding.leafAttributes ?? []).map(([name]) => name);
    if (!builder.allows(element, binding.steps, attributes)) {
      drop(context, pointer, key, context.refusal);
      continue;
    }
    if (!builder.canPlace(element, binding.steps, { kind: 'text' })) {
      drop(context, pointer, key, 'syntax');
      continue;
    }
    const leaf = builder.place(element, binding.steps, { kind: 'text' });
    leaf.text = binding.text(value);
    for (const attribute of binding.leafAttributes ?? []) leaf.attributes.push([...attribute]);
  }
}
