// Reads a ZIP archive for tests (and the identifier scanner): every member's name and
// inflated bytes, through the central directory as a ZIP reader does, with the local
// header, sizes and CRC-32 checked. Stored (0) and deflated (8) members; no ZIP64.
import { readFileSync } from 'node:fs';
import { crc32, inflateRawSync } from 'node:zlib';

export interface ZipMember {
  name: string;
  data: Buffer;
  /** general purpose flags (APPNOTE 4.4.4) */
  flags: number;
  method: number;
}

/** True when the file starts like a ZIP archive (a local file header). */
export const isZip = (head: Uint8Array): boolean =>
  head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 3 && head[3] === 4;

export function readZip(pathOrBytes: string | Buffer): ZipMember[] {
  const zip = typeof pathOrBytes === 'string' ? readFileSync(pathOrBytes) : pathOrBytes;
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 5, 6]));
  if (end < 0 || end + 22 > zip.length) throw new Error('no end of central directory record');
  const count = zip.readUInt16LE(end + 10);
  if (zip.readUInt16LE(end + 8) !== count) throw new Error('entry counts disagree');
  const cdSize = zip.readUInt32LE(end + 12);
  let at = zip.readUInt32LE(end + 16);
  if (at + cdSize !== end) throw new Error('central directory does not end where the record is');
  const members: ZipMember[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central header ${i}`);
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const csize = zip.readUInt32LE(at + 20);
    const usize = zip.readUInt32LE(at + 24);
    const nlen = zip.readUInt16LE(at + 28);
    const next = at + 46 + nlen + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nlen);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`${name}: bad local header`);
    const localName = zip.toString('utf8', local + 30, local + 30 + zip.readUInt16LE(local + 26));
    if (localName !== name) throw new Error(`${name}: local header names ${localName}`);
    // Without a data descriptor (bit 3) the local header carries the same CRC and sizes.
    if (
      !(flags & 8) &&
      !zip.subarray(local + 14, local + 26).equals(zip.subarray(at + 16, at + 28))
    )
      throw new Error(`${name}: local and central CRC or sizes differ`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + csize);
    const data = method === 8 ? inflateRawSync(raw) : method === 0 ? Buffer.from(raw) : undefined;
    if (!data) throw new Error(`${name}: compression method ${method}`);
    if (data.length !== usize)
      throw new Error(`${name}: ${data.length} bytes, header says ${usize}`);
    if (crc32(data) >>> 0 !== crc) throw new Error(`${name}: CRC-32 mismatch`);
    members.push({ name, data, flags, method });
    at = next;
  }
  return members;
}
