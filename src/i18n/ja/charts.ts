/** UI strings of the build-time charts (src/charts/); composed into `ja` in ../ja.ts. */
export const charts = {
  // Separators of the charts' text summaries.
  'charts.join.list': '、',
  'charts.join.sentence': '。',
  'charts.join.years': '・',
  'charts.summary': '{label}：{parts}。',

  'charts.noData': 'データなし',
  'charts.legend': '凡例',
  'charts.axis': '{label}（{unit}）',
  'charts.iqr': '（四分位範囲 {q1}〜{q3}）',
  'charts.point': '{name} {value}',
  'charts.centre': '当拠点',
  'charts.nation': '全国',
  'charts.countAxis': '件',

  'charts.tile.name': '{label}：{value}',
  'charts.tile.classFrom': '{value}〜',
  'charts.tile.allMissing': '{label}：全都道府県で{missing}。',
  'charts.tile.range': '{count}都道府県の値は{min}〜{max}',
  'charts.tile.missing': '{count}都道府県は{missing}',

  'charts.dotBand.title': '{label}の比較',
  'charts.dotBand.item': '{group}は{value}',

  'charts.mix.axis': '構成比（%）　棒：{centre}　縦線：{nation}',
  'charts.mix.bar': '{category} {series} {value}',
  'charts.mix.title': '{label}の構成比',
  'charts.mix.item': '{category} {centre}（{nation} {nationValue}）',
  'charts.mix.summary': '{label}の{centre}の構成比：{parts}。',

  'charts.trend.reference': '全国中央値',
  'charts.trend.band': '全国の四分位範囲',
  'charts.trend.point': '{fy}年度 {value}',
  'charts.trend.title': '{label}の推移',
  'charts.trend.empty': '{label}：データがありません。',
  'charts.trend.latest': '{fy}の{series}は{value}',
  'charts.trend.lastShown': '値のある直近の年度は{fy}で{value}',
  'charts.trend.referenceValue': '{reference}は{value}',
  'charts.trend.hiddenYears': '{years}は{status}',

  // Centre and compare charts: a value with its unit, and the unit an axis names.
  'charts.value.count': '{value}件',
  'charts.value.businesses': '{value}者',
  'charts.value.people': '{value}人',
  'charts.value.times': '{value}回',
  'charts.value.thousandYen': '{value}千円',
  'charts.value.thousandYenPerPerson': '{value}千円/人',
  'charts.unit.count': '件',
  'charts.unit.businesses': '者',
  'charts.unit.people': '人',
  'charts.unit.times': '回',
  'charts.unit.thousandYen': '千円',
  'charts.unit.thousandYenPerPerson': '千円/人',
} as const;
