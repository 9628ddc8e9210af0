// /cases/feed.xml: Atom feed of the case studies, so readers hear of new ones.
import { t } from '../../i18n/index.ts';
import { caseFeed } from '../../lib/directory/atom.ts';
import { feedRoute } from '../../lib/directory/feed-route.ts';
import { cases } from '../../lib/directory/data.ts';

export const GET = feedRoute('cases/feed.xml', t('dir.cases.feedTitle'), (o) =>
  caseFeed(cases(), o),
);
