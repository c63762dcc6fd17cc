import type { LocalizedText } from '../i18n/text';
import type { Invoice } from '../model';
import type { DetectedDocument } from '../syntax/detect';
import type { Profile, ProfileSyntax } from '../syntax/profiles';
import type { RejectedValue, SourceMap } from '../syntax/read-result';
import type { XmlAttribute, XmlDocument, XmlElement } from '../xml';
import type { Layer, Severity } from './finding';

/** What a rule may look at. Rules are pure: same context, same violations. */
export interface RuleContext {
  readonly invoice: Invoice;
  /** Model pointer → place in the source document (empty when the model came from JSON or a form). */
  readonly sources: SourceMap;
  /**
   * Values the document has but the model could not hold, by model pointer (see ReadResult):
   * presence rules must count them as present.
   */
  readonly rejected: ReadonlyMap<string, RejectedValue>;
  /**
   * Terms present in the document but blank, by model pointer (see ReadResult): rules testing
   * `exists()` count them as present, rules testing `normalize-space(x) != ''` do not.
   */
  readonly blank?: ReadonlySet<string>;
  /** The parsed source, for syntax-binding rules; absent when the model did not come from XML. */
  readonly xml?: {
    readonly document: XmlDocument;
    readonly syntax: ProfileSyntax;
    readonly detected: DetectedDocument;
  };
  readonly profile: Profile | undefined;
  readonly options: RuleOptions;
  /**
   * Per-document memo shared by the rules of one run, so that work several rules need (sums of
   * line amounts, VAT categories in use…) is done once. Keys are owned by the module that sets them.
   */
  readonly memo: Map<string, unknown>;
}

/** Inputs some rules need beyond the document. */
export interface RuleOptions {
  /** Today's date (`YYYY-MM-DD`) for rules about dates in the future; the caller's clock. */
  readonly today?: string;
  /** The Chorus Pro recipient's obligations, when known (see the chorus layer). */
  readonly recipient?: RecipientObligations;
  /**
   * The Chorus Pro billing frame (« cadre de facturation ») and its validator, as entered on the
   * portal or sent to the API. Neither is an EN 16931 term: without this option the chorus layer
   * reads the frame from the invoice (BT-23, then BT-24, see docs/rules/chorus.md §4) and cannot
   * check the validator of frames A9/A12 (it says so).
   */
  readonly cadre?: BillingFrameOptions;
  /**
   * Severity of every BR-FR finding (layer `fr`). `fatal` (default): the official V1.4.0 files.
   * `warning`: the transition mode of their `_WARNING` twins (same tests, every flag a warning),
   * which platforms may run until 31 Aug 2026 for emission and 30 Sep 2026 for reception. A
   * setting of the caller: the engine never reads the clock to choose it.
   */
  readonly frSeverity?: 'fatal' | 'warning';
}

/** The portal's « Cadre de facturation » block (API `cadreDeFacturation`). */
export interface BillingFrameOptions {
  /**
   * `A1`…`A25`, or the API value (`A9_FACTURE_SOUSTRAITANT`). Absent: the frame is read from the
   * invoice, and only the validator fields below are given.
   */
  readonly code?: string;
  /** SIRET of the validator structure (`codeStructureValideur`), required for frames A9 and A12. */
  readonly validatorSiret?: string;
  /** Service code of the validator structure (`codeServiceValideur`). */
  readonly validatorServiceCode?: string;
  /** The validator structure requires a service code (its directory flag), when known. */
  readonly validatorServiceCodeRequired?: boolean;
}

/** What the Chorus Pro directory says a recipient requires (consulterStructure / services). */
export interface RecipientObligations {
  readonly name: string;
  readonly siret: string;
  readonly serviceCodeRequired: boolean;
  readonly engagementRequired: boolean;
  readonly engagementOrServiceRequired: boolean;
  /** Services of the recipient with their own engagement requirement, by service code. */
  readonly services?: readonly {
    readonly code: string;
    readonly engagementRequired: boolean | null;
  }[];
}

/**
 * One violation of a rule. `at` is a model pointer (`/BG-25/0/BT-131`), resolved to a location
 * through the source map; syntax-binding rules give the XML `node` instead. `message` overrides the
 * rule's generic message when the rule can say more (the values it compared).
 */
export interface Violation {
  readonly at?: string;
  readonly node?: XmlElement | XmlAttribute;
  readonly message?: LocalizedText;
  /**
   * The artefact's own id of the test that failed, when a rule stands for a family of asserts
   * (BR-FR: rule `BR-FR-05`, assert `BR-FR-05_BT-22_PMT`); copied to the finding.
   */
  readonly assert?: string;
  /**
   * Overrides the rule's flag for this violation only. For rules of our own layers whose outcome
   * has several levels: `info` when a check could not run for lack of input (never a silent pass),
   * `warning` for a form accepted today but discouraged. Artefact rules leave it out, except when
   * an option selects the artefact's warning twin (`RuleOptions.frSeverity`).
   */
  readonly severity?: Severity;
}

export interface Rule {
  /** Id as published by the artefact that defines the rule (`BR-CO-10`, `UBL-CR-001`, `BR-FR-04`). */
  readonly id: string;
  readonly layer: Layer;
  /** The artefact's flag. */
  readonly flag: 'fatal' | 'warning';
  /** Business terms and groups concerned, for the report and for pointing at form fields. */
  readonly bt: readonly string[];
  /** What is wrong and how to fix it, in plain words, French first. */
  readonly message: LocalizedText;
  /** Syntax-binding rules apply to one syntax only. */
  readonly syntax?: ProfileSyntax;
  readonly check: (context: RuleContext) => readonly Violation[];
  /** Set on the members of a family: rules evaluated together, in one pass over the document. */
  readonly family?: RuleFamily;
}

/**
 * Rules that share one evaluation (a syntax binding's hundreds of assertions, the code lists): the
 * runner asks the family which members fail and calls only their `check`, instead of calling
 * every member's to learn that almost none has anything to say.
 */
export interface RuleFamily {
  /**
   * Ids of the members with violations in this context; a member whose id is not listed has none
   * (its `check` returns an empty list). Ids of rules outside the family are ignored.
   */
  readonly failing: (context: RuleContext) => Iterable<string>;
}

/**
 * Shorthand for the common case: no violation. Read-only by its type, not frozen: V8 iterates a
 * frozen array through the generic iterator protocol, slowing every `for…of` that meets it.
 */
export const NONE: readonly Violation[] = [];
