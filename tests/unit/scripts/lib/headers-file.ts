// A small `_headers` file shared by the header-rule and server tests.
export const HEADERS_FILE = `# comment
/*
  X-Content-Type-Options: nosniff
/_astro/*
  Cache-Control: public, max-age=31536000, immutable
/*/
  Cache-Control: public, max-age=0, must-revalidate
`;
