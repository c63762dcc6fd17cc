/** EN 16931 code lists (BR-CL rules), per syntax, from the official 1.3.16 schematron. */
export {
  CODE_LIST_RULE_IDS,
  CODE_LISTS_RELEASE,
  type CodeListRuleId,
} from './en16931-codelists.generated';
export * from './lookup';
export * from './named-lists';
export * from './types';
