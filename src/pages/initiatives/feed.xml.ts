// /initiatives/feed.xml: Atom feed of the centres' own initiatives, newest year first (valid
// and without entries when none are published).
import { t } from '../../i18n/index.ts';
import { feedRoute } from '../../lib/directory/feed-route.ts';
import { initiativeFeed, initiatives } from '../../lib/directory/initiatives.ts';

export const GET = feedRoute('initiatives/feed.xml', t('dir.initiatives.feedTitle'), (o) =>
  initiativeFeed(initiatives(), o),
);
