import { describe, expect, it } from 'vitest';
import { currentLang, t } from '../../../src/i18n/index.ts';
import { pageBase } from '../../../src/i18n/paths.ts';
import { withLang } from '../../../src/i18n/server.ts';
import { fiscalYearLabel } from '../../../src/lib/format.ts';
import { indicatorDefinition } from '../../../src/lib/indicator-definitions.ts';
import { INDICATORS } from '../../../src/lib/indicators.ts';
import { vocab } from '../../../src/lib/vocab.ts';

const hokkaido = vocab.centres.find((c) => c.pref_code === '01')!;
const consultations = INDICATORS.find((i) => i.id === 'r6_consultations')!;

describe('withLang: the language of the page being rendered', () => {
  it('is Japanese outside any page (the pipeline, unit tests)', () => {
    expect(currentLang()).toBe('ja');
    expect(t('site.name')).toBe('よろず支援拠点 公開ポータル');
    expect(hokkaido.center_name).toBe(hokkaido.center_name_ja);
    expect(pageBase('/')).toBe('/');
  });

  it('switches the dictionary, code lists, indicators, dates and page links', () => {
    withLang('en', () => {
      expect(currentLang()).toBe('en');
      expect(t('site.name')).toBe('Yorozu Support Centers Open Data Portal');
      expect(hokkaido.center_name).toBe('Hokkaido Yorozu Support Center');
      expect(hokkaido.prefecture).toBe('Hokkaido');
      expect(vocab.employeeBands.find((b) => b.code === '301+')?.name).toBe('301 or more');
      expect(consultations.name).toBe('Consultations');
      expect(consultations.nameJa).toBe('相談実績件数');
      expect(indicatorDefinition('r6_consultations')).not.toMatch(/[\u3040-\u9fff]/);
      expect(fiscalYearLabel(2024)).toBe('FY2024');
      expect(pageBase('/portal/')).toBe('/portal/en/');
    });
    expect(consultations.name).toBe('相談実績件数');
    expect(fiscalYearLabel(2024)).toBe('令和6年度 (2024)');
  });

  it('keeps each render in its own language across awaits, interleaved', async () => {
    const render = (lang: 'ja' | 'en', delays: number[]) =>
      withLang(lang, async () => {
        const seen: string[] = [];
        for (const ms of delays) {
          await new Promise((resolve) => setTimeout(resolve, ms));
          seen.push(t('nav.home'), hokkaido.prefecture);
        }
        return seen;
      });
    const [ja, en] = await Promise.all([render('ja', [5, 1, 8, 0]), render('en', [0, 7, 2, 6])]);
    expect(new Set(ja)).toEqual(new Set(['全国の概要', '北海道']));
    expect(en).not.toContain('全国の概要');
    expect(en).not.toContain('北海道');
  });
});
