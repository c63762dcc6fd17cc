import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { API_PATHS } from '../../shared/api/paths';
import {
  parseRuleLayers,
  type ValidateQuery,
  ValidateQuerySchema,
  type ValidationResult,
  ValidationResultSchema,
} from '../../shared/api/validation';
import type { Language, LocalizedText } from '../../shared/i18n/text';
import { renderReportHtml } from '../../shared/report/html';
import { summarizeInvoice } from '../../shared/report/summary';
import { DEFAULT_RULE_LAYERS, type RuleLayer } from '../../shared/rules/engine';
import type { AppEnv } from '../app-env';
import type { AppDeps } from '../deps';
import { mediaTypesFor, readDocumentBody } from '../documents/body';
import { documentLimitsOf } from '../documents/limits';
import { prefers } from '../documents/negotiate';
import { parisDate } from '../documents/paris-date';
import { type RecipientSource, recipientDuringValidation } from '../documents/recipient';
import { StepTimer } from '../documents/timing';
import { validateBody } from '../documents/validate';
import { ProblemError } from '../http/problem';
import { xsdByDefault } from '../http/settings';
import { services } from './context';
import {
  API_KEY_SECURITY,
  binaryBody,
  COMMON_V1_PROBLEMS,
  problemResponses,
} from './openapi-helpers';

const validateRoute = createRoute({
  method: 'post',
  path: API_PATHS.validate,
  tags: ['Factures'],
  summary: 'Validate an invoice: XML (UBL, CII) or Factur-X PDF',
  description: [
    'Runs the layers xml → xsd → the rule layers asked for → pdf, and answers the report. The verdict is `valid` only when every layer asked for ran and found nothing fatal; an invalid invoice is still a 200.',
    'With `Accept: text/html` the answer is a printable report page (French unless lang=en).',
    'A document that cannot be read at all is a problem: 413 (`reason` xml-too-large, pdf-too-large), 422 `document-refused` (DOCTYPE, depth, element counts), 422 `document-unreadable` (malformed XML, damaged PDF).',
    'The invoice is neither logged nor stored. The first UBL request of an isolate compiles the UBL schema (~150 ms CPU); xsd=false avoids it.',
  ].join('\n\n'),
  security: API_KEY_SECURITY,
  request: {
    query: ValidateQuerySchema,
    body: binaryBody(mediaTypesFor(['xml', 'pdf']), 'The invoice file itself'),
  },
  responses: {
    200: {
      description: 'The validation report',
      content: {
        'application/json': { schema: ValidationResultSchema },
        'text/html': { schema: z.string().meta({ description: 'Printable report page' }) },
      },
    },
    ...problemResponses(
      'payload-too-large',
      'unsupported-media-type',
      'document-refused',
      'document-unreadable',
      ...COMMON_V1_PROBLEMS,
    ),
  },
});

function rulesOf(query: ValidateQuery): RuleLayer[] {
  if (query.rules === undefined) return [...DEFAULT_RULE_LAYERS];
  const parsed = parseRuleLayers(query.rules);
  // The query schema already refused unknown names.
  return parsed.ok ? parsed.layers : [...DEFAULT_RULE_LAYERS];
}

/** frSeverity acts on the fr layer only: asked without it, it would be silently ignored. */
function frSeverityOf(query: ValidateQuery, rules: readonly RuleLayer[]) {
  if (query.frSeverity === undefined) return undefined;
  if (!rules.includes('fr')) {
    throw new ProblemError('invalid-request', {
      fr: 'frSeverity ne concerne que la couche fr : ajoutez-la à rules.',
      en: 'frSeverity acts on the fr layer only: add it to rules.',
    });
  }
  return query.frSeverity;
}

function recipientSourceOf(
  query: ValidateQuery,
  rules: readonly RuleLayer[],
  c: Context<AppEnv>,
  deps: AppDeps,
): RecipientSource | undefined {
  const flags = {
    serviceCodeRequired: query['recipient.serviceCodeRequired'],
    engagementRequired: query['recipient.engagementRequired'],
    engagementOrServiceRequired: query['recipient.engagementOrService'],
  };
  const flagged = Object.values(flags).some((flag) => flag !== undefined);
  const lookup = query.lookupRecipient === 'true';
  if (!flagged && !lookup) return undefined;
  if (flagged && lookup) {
    throw new ProblemError('invalid-request', {
      fr: 'Donnez les obligations du destinataire (recipient.*) ou demandez leur recherche (lookupRecipient=true), pas les deux.',
      en: "Give the recipient's obligations (recipient.*) or ask for their lookup (lookupRecipient=true), not both.",
    });
  }
  if (!rules.includes('chorus')) {
    throw new ProblemError('invalid-request', {
      fr: 'Les obligations du destinataire ne sont contrôlées que par la couche chorus : ajoutez-la à rules.',
      en: "The recipient's obligations are checked by the chorus layer only: add it to rules.",
    });
  }
  if (lookup) {
    return {
      kind: 'lookup',
      lookup: async (siret) => (await services(c, deps).structures.structure(siret)).structure,
    };
  }
  return {
    kind: 'flags',
    flags: {
      serviceCodeRequired: flags.serviceCodeRequired === 'true',
      engagementRequired: flags.engagementRequired === 'true',
      engagementOrServiceRequired: flags.engagementOrServiceRequired === 'true',
    },
  };
}

const NO_STORE = { 'cache-control': 'no-store' };

const RECIPIENT_WORDS: Record<NonNullable<ValidationResult['recipient']>['status'], LocalizedText> =
  {
    given: { fr: 'obligations données par la requête', en: 'obligations given by the request' },
    found: { fr: 'trouvé dans l’annuaire Chorus Pro', en: 'found in the Chorus Pro directory' },
    'not-found': {
      fr: 'absent de l’annuaire Chorus Pro',
      en: 'not in the Chorus Pro directory',
    },
    'no-siret': {
      fr: 'aucun SIRET valide à rechercher (BT-47)',
      en: 'no valid SIRET to look up (BT-47)',
    },
    unavailable: {
      fr: 'annuaire indisponible : obligations non contrôlées',
      en: 'directory unavailable: obligations not checked',
    },
  };

function htmlDetails(result: ValidationResult, language: Language) {
  const details: { label: LocalizedText; value: string }[] = [
    {
      label: { fr: 'Date des contrôles', en: 'Date of the checks' },
      value:
        language === 'fr'
          ? result.checked.today.split('-').reverse().join('/')
          : result.checked.today,
    },
    {
      label: { fr: 'Couches de règles', en: 'Rule layers' },
      value: `${result.checked.rules.join(', ')}${result.checked.xsd ? ', xsd' : ''}`,
    },
  ];
  const recipient = result.recipient;
  if (recipient) {
    const who = [recipient.name, recipient.siret].filter(Boolean).join(' — ');
    details.push({
      label: { fr: 'Destinataire Chorus Pro', en: 'Chorus Pro recipient' },
      value: `${who ? `${who} : ` : ''}${RECIPIENT_WORDS[recipient.status][language]}`,
    });
  }
  return details;
}

export function registerValidateRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(validateRoute, async (c) => {
    const timer = StepTimer.for(c);
    const query = c.req.valid('query');
    const rules = rulesOf(query);
    const xsd = query.xsd === undefined ? xsdByDefault(c.env) : query.xsd === 'true';
    const today = query.today ?? parisDate(deps.now());
    const frSeverity = frSeverityOf(query, rules);
    const recipientSource = recipientSourceOf(query, rules, c, deps);
    const body = await readDocumentBody(c, ['xml', 'pdf']);
    const format = body.format === 'pdf' ? 'pdf' : 'xml';
    const limits = documentLimitsOf(c.env);
    timer.mark('body');

    const recipientStep = recipientSource && recipientDuringValidation(recipientSource, timer);
    const { report, invoice } = await validateBody({
      bytes: body.bytes,
      format,
      rules,
      xsd,
      ruleOptions: {
        today,
        ...(frSeverity ? { frSeverity } : {}),
      },
      ...(recipientStep ? { ruleOptionsFor: recipientStep.ruleOptionsFor } : {}),
      limits,
    });
    const recipient = await recipientStep?.resolved();
    timer.mark('validate');
    const result: ValidationResult = {
      ...report,
      checked: { rules, xsd, today, ...(frSeverity ? { frSeverity } : {}) },
      ...(recipient ? { recipient: recipient.check } : {}),
    };

    if (prefers(c.req.header('accept'), 'text/html')) {
      const language = query.lang ?? 'fr';
      const html = renderReportHtml(report, {
        language,
        format,
        ...(invoice ? { invoice: summarizeInvoice(invoice) } : {}),
        details: htmlDetails(result, language),
      });
      timer.mark('html');
      return c.body(html, 200, {
        'content-type': 'text/html; charset=utf-8',
        'content-language': language,
        'content-security-policy':
          "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
        'x-content-type-options': 'nosniff',
        ...NO_STORE,
        ...timer.headers(),
      });
    }
    return c.json(result, 200, { ...NO_STORE, ...timer.headers() });
  });
}
