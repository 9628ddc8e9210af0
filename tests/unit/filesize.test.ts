import { describe, expect, it } from 'vitest';
import { formatFileSize } from '../../src/lib/filesize.ts';

describe('formatFileSize', () => {
  it('shows kilobytes below 1 MB, one decimal below 10 KB', () => {
    expect(formatFileSize(0)).toBe('0 KB');
    expect(formatFileSize(847)).toBe('0.8 KB');
    expect(formatFileSize(5126)).toBe('5 KB');
    expect(formatFileSize(157418)).toBe('154 KB');
    expect(formatFileSize(1024 * 1023)).toBe('1,023 KB');
  });
  it('shows megabytes from 1 MB, with one decimal', () => {
    expect(formatFileSize(2109440)).toBe('2 MB');
    expect(formatFileSize(2733720)).toBe('2.6 MB');
    expect(formatFileSize(1500 * 1024 * 1024)).toBe('1,500 MB');
  });
  it('refuses what is not a byte count', () => {
    expect(() => formatFileSize(-1)).toThrow(RangeError);
    expect(() => formatFileSize(1.5)).toThrow(RangeError);
  });
});
