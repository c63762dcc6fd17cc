import { XmlDocument, XsdValidator } from 'libxml2-wasm';
import { describe, expect, it } from 'vitest';
import { translateSchemaMessage } from '../../../shared/xsd/libxml-messages';
import { libxmlErrorDetails } from '../../../shared/xsd/libxml-module';

/**
 * Facets the invoice schemas do not use today (their code lists are uncoupled), checked on a
 * small schema so that the wording is tested on libxml2's real messages, not on copies.
 */
const FACETS_SCHEMA = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:element name="Doc"><xs:complexType><xs:sequence>
    <xs:element name="Currency" minOccurs="0"><xs:simpleType><xs:restriction base="xs:token">
      <xs:enumeration value="EUR"/><xs:enumeration value="USD"/></xs:restriction></xs:simpleType></xs:element>
    <xs:element name="Country" minOccurs="0"><xs:simpleType><xs:restriction base="xs:token">
      <xs:length value="2"/></xs:restriction></xs:simpleType></xs:element>
    <xs:element name="Siren" minOccurs="0"><xs:simpleType><xs:restriction base="xs:string">
      <xs:pattern value="[0-9]{9}"/></xs:restriction></xs:simpleType></xs:element>
    <xs:element name="Name" minOccurs="0"><xs:simpleType><xs:restriction base="xs:string">
      <xs:maxLength value="5"/></xs:restriction></xs:simpleType></xs:element>
    <xs:element name="Rate" minOccurs="0"><xs:simpleType><xs:restriction base="xs:decimal">
      <xs:minInclusive value="0"/><xs:maxInclusive value="100"/><xs:fractionDigits value="2"/></xs:restriction></xs:simpleType></xs:element>
    <xs:element name="Paid" type="xs:boolean" minOccurs="0"/>
  </xs:sequence></xs:complexType></xs:element>
</xs:schema>`;

const schema = XsdValidator.fromDoc(XmlDocument.fromString(FACETS_SCHEMA));

function messagesFor(content: string): string[] {
  const document = XmlDocument.fromString(`<Doc>${content}</Doc>`);
  try {
    schema.validate(document);
    return [];
  } catch (error) {
    return libxmlErrorDetails(error).map((detail) => detail.message);
  } finally {
    document.dispose();
  }
}

function translated(content: string) {
  const [first] = messagesFor(content);
  if (first === undefined) throw new Error('libxml2 found nothing');
  return translateSchemaMessage(first);
}

describe('libxml2 facet messages in plain words', () => {
  it('a value outside a code list, with the allowed codes when there are few', () => {
    expect(translated('<Currency>EURO</Currency>')).toEqual({
      rule: 'XSD-VALUE-CODE',
      message: {
        fr: "La valeur « EURO » de Currency n'est pas un code autorisé (codes permis : EUR ou USD).",
        en: 'Value "EURO" of Currency is not an allowed code (allowed: EUR or USD).',
      },
    });
  });

  it('a wrong length', () => {
    expect(translated('<Country>FRA</Country>')).toMatchObject({
      rule: 'XSD-VALUE-LENGTH',
      message: { fr: 'La valeur de Country doit compter exactement 2 caractère(s) (elle en a 3).' },
    });
    expect(translated('<Name>ABCDEFG</Name>')).toMatchObject({
      rule: 'XSD-VALUE-LENGTH',
      message: { fr: 'La valeur de Name est trop longue : 7 caractère(s), 5 au maximum.' },
    });
  });

  it('a value of the wrong form', () => {
    expect(translated('<Siren>12345</Siren>')).toMatchObject({
      rule: 'XSD-VALUE-PATTERN',
      message: { fr: "La valeur « 12345 » de Siren n'a pas la forme attendue (motif [0-9]{9})." },
    });
  });

  it('a number out of range, or with too many decimals', () => {
    expect(translated('<Rate>120</Rate>')).toMatchObject({
      rule: 'XSD-VALUE-RANGE',
      message: { fr: 'La valeur « 120 » de Rate dépasse le maximum permis (100).' },
    });
    expect(translated('<Rate>-1</Rate>')).toMatchObject({
      rule: 'XSD-VALUE-RANGE',
      message: { en: 'Value "-1" of Rate is below the allowed minimum (0).' },
    });
    expect(translated('<Rate>1.234</Rate>')).toMatchObject({
      rule: 'XSD-VALUE-DIGITS',
      message: { fr: 'La valeur « 1.234 » de Rate a trop de décimales (2 au maximum).' },
    });
  });

  it('a boolean that is not one', () => {
    expect(translated('<Paid>oui</Paid>').message.fr).toBe(
      "La valeur « oui » de Paid n'est pas valide ; valeur attendue : true ou false.",
    );
  });
});

describe('messages of a shape we do not know', () => {
  it("keep libxml2's words", () => {
    const raw = "Element 'Doc': Some message libxml2 may add one day.\n";
    expect(translateSchemaMessage(raw)).toEqual({
      rule: 'XSD',
      message: {
        fr: "Le document ne respecte pas le schéma : Element 'Doc': Some message libxml2 may add one day.",
        en: "Element 'Doc': Some message libxml2 may add one day.",
      },
    });
  });
});
