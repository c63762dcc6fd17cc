/**
 * Puts the live checks on the invoice entry form: their own shadow root (anchored at the end of
 * <body>, outside the portal's form), the clerk's settings (on/off, language) followed as they
 * change, and the form sent to the service worker for checking.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Corrections } from '../fill/locate';
import { sendFormMessage } from '../messaging/protocol';
import { OWN_ELEMENT_ATTRIBUTE } from '../picker/picker';
import { createLiveChecks, type LiveChecks } from './live-checks';
import { readPageSettings, watchPageSettings } from './page-settings';
import { CHECKS_CSS } from './view';

export async function mountLiveChecks(
  ctx: ContentScriptContext,
  loadCorrections: () => Promise<Corrections>,
): Promise<void> {
  const settings = await readPageSettings();
  let checks: LiveChecks | undefined;
  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: 'chorus-assist-checks',
    position: 'overlay',
    anchor: 'body',
    append: 'last',
    css: CHECKS_CSS,
    isolateEvents: true,
    onMount(container, _shadow, host) {
      host.setAttribute(OWN_ELEMENT_ATTRIBUTE, 'checks');
      checks = createLiveChecks(document, container, {
        settings,
        loadCorrections,
        check: (form) => sendFormMessage('checkForm', { form }),
      });
      void checks.run();
      return container;
    },
    onRemove() {
      checks?.stop();
    },
  });
  ui.mount();
  const unwatch = watchPageSettings((next) => checks?.update(next));
  ctx.onInvalidated(unwatch);
}
