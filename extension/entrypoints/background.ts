/**
 * The service worker. The toolbar button shows the popup, whose « Ouvrir le panneau » opens the
 * side panel (Chrome) or the sidebar (Firefox, declared as `sidebar_action` by WXT from the same
 * sidepanel entrypoint). Chrome is told so explicitly: a panel that opened on the action click
 * would hide the popup. The panel and the content script talk directly; nothing is relayed here.
 */
import { registerFormChecks } from '../checks/background-checks';

export default defineBackground(() => {
  registerFormChecks(); // live checks of the portal form (docs/extension-checks.md)
  const api = browser as unknown as {
    sidePanel?: { setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void> };
  };
  api.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => {
    // Older Chrome without the behaviour setting: the popup shows anyway.
  });
});
