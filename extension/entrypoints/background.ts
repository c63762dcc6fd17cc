export default defineBackground(() => {
  // The side panel opens from the toolbar button on Chrome; Firefox uses its sidebar_action.
  browser.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: true }).catch(() => {});
});
