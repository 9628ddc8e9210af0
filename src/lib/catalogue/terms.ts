// What the open-data catalogue says about the whole release, in Japanese and English:
// who publishes it, under which terms, from which source. The files (datapackage.json and
// the DCAT catalogue) say the same as the /data/ page's licence section.

export interface Bilingual {
  ja: string;
  en: string;
}

export const PUBLISHER: Bilingual = {
  ja: 'よろず支援拠点 公開ポータル',
  en: 'Yorozu Support Centres Public Portal',
};

export const CATALOGUE_TITLE: Bilingual = {
  ja: 'よろず支援拠点 公開ポータルのオープンデータ',
  en: 'Open data of the Yorozu Support Centres Public Portal',
};

export const CATALOGUE_DESCRIPTION: Bilingual = {
  ja: '全国のよろず支援拠点の相談対応の実績を、個人や事業者が特定されない形に集計・匿名化した統計と個票データ。表ごとに Parquet と CSV で公開する。',
  en: "Statistics and anonymised microdata on the consultations of Japan's Yorozu Support Centres (free management advice for small businesses), aggregated so that no person or business can be identified. Each table is published as Parquet and CSV.",
};

/**
 * 政府標準利用規約（第2.0版）: its section on compatibility says content under these terms
 * may also be used under CC BY 4.0, so both are listed (the first is the one applied).
 */
export const LICENCES = [
  {
    title: {
      ja: '政府標準利用規約（第2.0版）',
      en: 'Government of Japan Standard Terms of Use (Version 2.0)',
    },
    // No SPDX or Open Definition identifier exists for these terms: a path, no name.
    path: 'https://www.digital.go.jp/resources/open_data',
  },
  {
    name: 'CC-BY-4.0',
    title: {
      ja: 'クリエイティブ・コモンズ 表示 4.0 国際（政府標準利用規約（第2.0版）と互換）',
      en: 'Creative Commons Attribution 4.0 International (compatible with the Standard Terms of Use 2.0)',
    },
    path: 'https://creativecommons.org/licenses/by/4.0/',
  },
] as const;

/** Where the data comes from: the centres' exports, or the synthetic sample standing in for them. */
export function sourceOf(synthetic: boolean): Bilingual {
  return synthetic
    ? {
        ja: '動作確認のために機械的に作った合成サンプルデータ（実在の拠点の実績ではない）。形式は各拠点の記録システムからの書き出しと同じ。',
        en: 'A synthetic sample made by a program for testing, in the format of the centres’ exports; not the record of any real centre.',
      }
    : {
        ja: '各よろず支援拠点の記録システムから書き出した匿名化データ（全件を検証し、開示制御をかけて公開）。',
        en: "The anonymised exports of each Yorozu Support Centre's records system, every row validated, published after disclosure control.",
      };
}
