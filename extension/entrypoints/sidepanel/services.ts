/**
 * What the panel needs from the outside world, in one place so tests can give their own: the
 * clock, the edge, the XSD layer, the portal tab, host permissions, confirmations.
 */
import { browser } from 'wxt/browser';
import type { XsdValidator } from '../../../shared/xsd';
import { createEdgeClient, type EdgeClient } from '../../edge-client/client';
import { builtInEdgeUrl, effectiveEdgeUrl } from '../../edge-client/edge-url';
import { requestOriginAccess } from '../../edge-client/permissions';
import type { Settings } from '../../storage/settings';
import { browserPortalLink, type PortalLink } from '../../ui/portal-link';

export interface PanelServices {
  readonly now: () => Date;
  /** The edge the extension was built for (its host permission). */
  readonly builtInEdgeUrl: string;
  /** A client for the edge the settings name (or the given address, for « Tester »). */
  readonly edge: (settings: Settings) => EdgeClient;
  /** The XSD validator, loaded on first use; undefined when libxml2 cannot load here. */
  readonly xsd: () => Promise<XsdValidator | undefined>;
  readonly portal: PortalLink;
  /** Must be called at the start of a click handler (see edge-client/permissions.ts). */
  readonly requestOriginAccess: (url: string) => Promise<boolean>;
  readonly confirm: (message: string) => boolean;
}

function manifestHostPermissions(): string[] | undefined {
  try {
    return browser.runtime.getManifest().host_permissions;
  } catch {
    return undefined;
  }
}

let xsdValidator: Promise<XsdValidator | undefined> | undefined;

/** libxml2 and the schema bundle are large: loaded the first time an XML invoice is checked. */
function loadXsd(): Promise<XsdValidator | undefined> {
  xsdValidator ??= Promise.all([import('../../../shared/xsd'), import('../../xsd/load-libxml')])
    .then(([{ createXsdValidator }, { loadLibxml }]) => createXsdValidator(loadLibxml))
    .catch(() => {
      xsdValidator = undefined;
      return undefined;
    });
  return xsdValidator;
}

export function browserServices(): PanelServices {
  const builtIn = builtInEdgeUrl(manifestHostPermissions());
  return {
    now: () => new Date(),
    builtInEdgeUrl: builtIn,
    edge: (settings) =>
      createEdgeClient({
        baseUrl: effectiveEdgeUrl(settings, builtIn),
        ...(settings.apiKey ? { apiKey: settings.apiKey } : {}),
      }),
    xsd: loadXsd,
    portal: browserPortalLink(),
    requestOriginAccess,
    confirm: (message) => globalThis.confirm(message),
  };
}
