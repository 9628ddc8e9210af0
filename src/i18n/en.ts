/**
 * Every UI string of the portal, in English: the same keys as `ja` (./ja.ts), area by area
 * in ./en/. Each area is typed by its Japanese twin, so a missing or extra key fails to
 * compile; tests/unit/i18n/dictionary.test.ts checks the placeholders.
 */
import type { MessageKey } from './ja.ts';
import { catalogue } from './en/catalogue.ts';
import { charts } from './en/charts.ts';
import { compare } from './en/compare.ts';
import { core } from './en/core.ts';
import { dash } from './en/dash.ts';
import { directory } from './en/directory.ts';
import { initiatives } from './en/initiatives.ts';
import { reach } from './en/reach.ts';
import { search } from './en/search.ts';
import { trends } from './en/trends.ts';
import { workspace } from './en/workspace.ts';

export const en: Readonly<Record<MessageKey, string>> = {
  ...core,
  ...catalogue,
  ...charts,
  ...compare,
  ...dash,
  ...directory,
  ...initiatives,
  ...reach,
  ...search,
  ...trends,
  ...workspace,
};
