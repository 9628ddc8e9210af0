// File sizes for the /data/ page: kilobytes below 1 MB, else megabytes (1 KB = 1024 bytes),
// with ja-JP digit grouping. The unit text comes from the dictionary.
import { t } from '../i18n/index.ts';

const KB = 1024;
const MB = 1024 * 1024;
const oneDecimal = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 0 });

/** 12345 → "12 KB", 847 → "0.8 KB", 2109440 → "2 MB", 15_000_000 → "14.3 MB". */
export function formatFileSize(bytes: number): string {
  if (!Number.isInteger(bytes) || bytes < 0) throw new RangeError(`not a byte count: ${bytes}`);
  if (bytes < MB) {
    const kb = bytes / KB;
    return t('data.size.kb', { n: (kb < 10 ? oneDecimal : whole).format(kb) });
  }
  return t('data.size.mb', { n: oneDecimal.format(bytes / MB) });
}
