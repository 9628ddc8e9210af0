/** UI strings for /search/ (the site search); composed into `ja` in ../ja.ts. */
export const search = {
  'search.lead':
    'コーディネーター、支援拠点、支援メニュー、成果事例、拠点独自の取組を日本語のキーワードで探せます。得意分野の名前（例：事業承継）で探すと、その分野を得意とするコーディネーターを先に表示します。検索はこのサイトの中だけで行い、入力した語は外部に送信しません。',
  'search.types.legend': '探す対象（選ばなければすべて）',
  'search.type.centre': '支援拠点',
  'search.count': '{count}件',
  'search.status': '「{q}」に一致する{shown}件を表示しています。',
  'search.statusTypes': '「{q}」に一致する{shown}件（{types}）を表示しています。',
  'search.typesSep': '・',
  'search.specialtyFirst':
    '得意分野に「{topics}」を挙げるコーディネーター{count}人を先に表示しています。',
  'search.result.specialties': '得意分野：{list}',
  'search.result.qualifications': '保有資格：{list}',
  'search.result.onlineYes': 'オンライン相談に対応（他の都道府県からも相談できます）',
  'search.result.onlineNo': 'オンライン相談には対応していません',
  'search.result.sep': '／',
} as const;
