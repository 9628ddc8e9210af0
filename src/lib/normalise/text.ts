/**
 * Folds a code or number cell: NFKC (full-width digits and letters to half-width, format
 * README) and surrounding whitespace trimmed. U+2212 MINUS SIGN, which NFKC keeps, is
 * read as '-' because Japanese spreadsheets write negative money with it.
 */
export function foldCode(raw: string): string {
  // Fast path: plain ASCII needs only trimming (the vast majority of cells).
  for (let i = 0; i < raw.length; i++) {
    if (raw.charCodeAt(i) > 0x7e)
      return raw
        .normalize('NFKC')
        .replace(/\u2212/g, '-')
        .trim();
  }
  return raw.trim();
}
