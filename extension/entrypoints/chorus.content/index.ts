import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { portalMatches } from '../../../shared/chorus/portal-hosts';
import { lastCaptureItem } from '../../capture/store';
import { mountLiveChecks } from '../../checks/mount';
import { waitForThrottled } from '../../fill/wait';
import { fillRequestItem } from '../../messaging/fill-request';
import {
  failure,
  formMessaging,
  onFormMessage,
  type Result,
  sendFormMessage,
} from '../../messaging/protocol';
import { loadCorrections, saveCorrection } from '../../picker/corrections';
import { OWN_ELEMENT_ATTRIBUTE } from '../../picker/picker';
import { createFormController, type FormController, isInvoiceForm } from './controller';
import { mountStatusBadge } from './status-badge';
import { TOOLBAR_CSS, toolbarView } from './toolbar';

/** How long a late-drawn portal page may take to show the invoice form. */
const FORM_DETECTION_MS = 15_000;
/** A busy page changes often: the form check runs at most this often. */
const FORM_CHECK_THROTTLE_MS = 250;

/** A handler that answers, whatever happens: the page must never see an exception from us. */
function safe<T extends object>(work: () => Result<T> | Promise<Result<T>>): Promise<Result<T>> {
  return Promise.resolve()
    .then(work)
    .catch(() =>
      failure('unexpected', "Erreur interne de l'assistant.", 'Internal error of the assistant.'),
    );
}

function listen(controller: FormController): void {
  onFormMessage('getFormStatus', () => safe(() => ({ ok: true, status: controller.status() })));
  onFormMessage('fillForm', ({ data }) => safe(() => controller.fill(data)));
  onFormMessage('undoFill', () => safe(() => controller.undo()));
  onFormMessage('captureForm', () => safe(() => controller.capture()));
  onFormMessage('readForm', () => safe(() => controller.read()));
  onFormMessage('pickField', ({ data }) => safe(() => controller.pick(data)));
  onFormMessage('cancelPick', () => safe(() => controller.cancelPick()));
}

async function mountToolbar(ctx: ContentScriptContext, controller: FormController): Promise<void> {
  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: 'chorus-assist-toolbar',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: TOOLBAR_CSS,
    isolateEvents: true,
    onMount(container, _shadow, host) {
      host.setAttribute(OWN_ELEMENT_ATTRIBUTE, 'toolbar');
      const deps = {
        controller,
        loadRequest: () => fillRequestItem.getValue(),
        saveCapture: (capture: Parameters<typeof lastCaptureItem.setValue>[0]) =>
          lastCaptureItem.setValue(capture),
      };
      render(toolbarView(deps, container), container);
      return container;
    },
    onRemove(container) {
      if (container !== undefined) render(null, container);
    },
  });
  ui.mount();
}

export default defineContentScript({
  matches: portalMatches(import.meta.env.MODE),
  runAt: 'document_idle',
  async main(ctx) {
    mountStatusBadge(document);
    const controller = createFormController(document, {
      planFill: (request) => sendFormMessage('planFill', request),
      loadCorrections,
      saveCorrection,
    });
    listen(controller);
    ctx.onInvalidated(() => formMessaging.removeAllListeners());
    try {
      const isForm = await waitForThrottled(
        document.documentElement,
        () => (isInvoiceForm(document) ? true : undefined),
        FORM_CHECK_THROTTLE_MS,
        FORM_DETECTION_MS,
      );
      if (isForm && ctx.isValid) await mountToolbar(ctx, controller);
      if (isForm && ctx.isValid) await mountLiveChecks(ctx, loadCorrections);
    } catch {
      // The toolbar and the live checks are conveniences: the page and the messages work without them.
    }
  },
});
