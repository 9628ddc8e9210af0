/** UI strings for how to consult a centre or coordinator and the directory's place choice; composed into `ja` in ../ja.ts. */
export const reach = {
  'reach.heading': '相談のしかた',
  'reach.intro': '{centre}への相談は無料です。次の窓口で受け付けています。',
  'reach.ownWords': '窓口の名前・所在地・受付時間は、拠点が公表しているとおりに掲載しています。',
  'reach.none': '{centre}の窓口の情報はまだ公開されていません。',
  'reach.main': '本部',
  'reach.officeName': '{name}（本部）',
  'reach.phone': '電話',
  'reach.hours': '受付時間',
  'reach.online': 'オンライン相談',
  'reach.onlineYes': '受け付けています',
  'reach.onlineNo': 'この窓口では受け付けていません',
  'reach.website': 'ウェブサイト',
  'reach.booking': '相談の予約',
  'reach.bookingLink': '{office}の相談予約ページ',
  'reach.websiteLink': '{office}のウェブサイト',
  'reach.remote':
    '{name}さんはオンライン相談に対応しています。{prefecture}以外の都道府県の事業者も予約できます。',
  'reach.local': '{name}さんへの相談は、{centre}の窓口で受け付けます。',
  'reach.route.booking': '予約：',
  'reach.route.phone': '電話で予約：',
  'reach.route.website': '予約の方法はウェブサイトで確認できます：',
  'reach.route.none': '予約の方法は、下の窓口にお問い合わせください。',
  'reach.centreRemote':
    'この拠点には、他の都道府県からのオンライン相談に対応するコーディネーターが{count}人います。',
  'reach.centreRemoteLink': 'オンライン相談に対応するコーディネーターを見る',
  'reach.centreLink': '{centre}のページで窓口を見る',

  // The directory's place choice: a prefecture, or a prefecture or anyone online.
  'reach.facet.online': 'オンライン相談可の人（都道府県を問わず）',
  'reach.quick.legend': 'すぐに探す',
  'reach.quick.intro':
    '場所・得意分野・資格をそれぞれ1つずつ選べます。複数を選ぶときは、下の詳しい条件を使ってください。',
  'reach.quick.place': '場所',
  'reach.quick.topic': '得意分野',
  'reach.quick.qualification': '保有資格',
  'reach.quick.any': '指定しない',
  'reach.quick.custom': '複数を選択中（詳しい条件）',
  'reach.quick.prefOrOnline': '{prefecture}またはオンライン相談可',
  'reach.quick.placeHint':
    '「またはオンライン相談可」は、その都道府県の拠点の人に加えて、他の都道府県からのオンライン相談に対応する全国の人を表示します。',
  // English edition, directory area: a label before its value (the phone in an office's address).
  'reach.labelled': '{label}：',
} as const;
