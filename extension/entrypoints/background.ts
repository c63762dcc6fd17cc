/**
 * The service worker. The toolbar button shows the popup, whose « Ouvrir le panneau » opens the
 * side panel (Chrome) or the sidebar (Firefox, declared as `sidebar_action` by WXT from the same
 * sidepanel entrypoint). Chrome is told so explicitly: a panel that opened on the action click
 * would hide the popup. The panel and the content script talk directly; nothing is relayed here.
 * The content script asks here for the work that would weigh on the page: the plan of a fill and
 * the checks of the form.
 */
import { registerFormChecks } from '../checks/background-checks';
import { registerFillPlanning } from '../fill/background-plan';

export default defineBackground(() => {
  registerFormChecks(); // live checks of the portal form (docs/extension-checks.md)
  registerFillPlanning(); // the plan of a fill, asked for by the content script (docs/extension-fill.md)
  const api = browser as unknown as {
    sidePanel?: { setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void> };
  };
  api.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => {
    // Older Chrome without the behaviour setting: the popup shows anyway.
  });
});
