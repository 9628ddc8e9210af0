/** UI strings for the open-data catalogue on /data/; composed into `ja` in ../ja.ts. */
export const catalogue = {
  'catalogue.heading': '機械で読めるデータカタログ',
  'catalogue.lead':
    '公開しているすべての CSV・Parquet ファイルを、データポータルやツールが読める標準の形式でも説明しています。ファイルごとの大きさ・SHA-256・列の名前と型、日本語と英語の題名と説明、ライセンス、出典を含みます。',
  'catalogue.datapackage':
    'Frictionless Data Package（v2）：Frictionless などのツールで、ダウンロードしたファイルを検証できます。',
  'catalogue.datapackageLink': 'datapackage.json (JSON, {size})',
  'catalogue.dcat':
    'DCAT（JSON-LD）：CKAN など DCAT を読み込むデータカタログが、このアドレスから収集できます。ダウンロードのURLは絶対アドレスです。',
  'catalogue.dcatLink': 'catalog.jsonld (JSON-LD)',
  'catalogue.dcatTurtleLink': 'catalog.ttl (Turtle, 同じ内容)',
} as const;
