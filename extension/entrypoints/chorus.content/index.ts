import { portalMatches } from '../../../shared/chorus/portal-hosts';
import { mountStatusBadge } from './status-badge';

export default defineContentScript({
  matches: portalMatches(import.meta.env.MODE),
  runAt: 'document_idle',
  main() {
    mountStatusBadge(document);
  },
});
