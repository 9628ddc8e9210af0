// Figures a page marks up as published indicator values (data-indicator, data-fy,
// data-pref, data-value, data-status), and the check that they say what indicators.csv says.
import { expect, type Page } from '@playwright/test';
import type { publishedIndicators } from './support.ts';

export type PublishedIndicators = ReturnType<typeof publishedIndicators>['published'];

/** A page element's data-* attributes: which indicator value it shows, and as what. */
export interface MarkedFigure {
  tag: string;
  indicator: string | null;
  fy: string | null;
  pref: string | null;
  value: string | null;
  status: string | null;
}

/** Every element of the page marked up as an indicator value, in document order. */
export const markedFigures = (page: Page): Promise<MarkedFigure[]> =>
  page.locator('[data-indicator]').evaluateAll((els) =>
    els.map((el) => ({
      tag: el.tagName.toLowerCase(),
      indicator: el.getAttribute('data-indicator'),
      fy: el.getAttribute('data-fy'),
      pref: el.getAttribute('data-pref'),
      value: el.getAttribute('data-value'),
      status: el.getAttribute('data-status'),
    })),
  );

/** The figure says what indicators.csv says: its status, and its value only when ok. */
export function expectPublished(
  published: PublishedIndicators,
  f: MarkedFigure,
  where: string,
): void {
  const row = published.get(`${f.fy}|${f.pref}|${f.indicator}`);
  expect(row, where).toBeDefined();
  expect(f.status, where).toBe(row?.status);
  if (row?.status === 'ok') {
    expect(f.value, where).not.toBe('');
    expect(Number(f.value), where).toBe(Number(row.value));
  } else {
    expect(f.value, where).toBe('');
    expect(row?.value, where).toBe('');
  }
}
