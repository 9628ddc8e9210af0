// A ZIP archive of one file, written as a stream (the file is never held in memory), for
// the per-fiscal-year microdata CSVs: a national year's CSV is up to 57 MB, over the
// 25 MiB per-file limit of static hosts such as Cloudflare Pages, and deflates to a
// fraction of that. Windows and macOS open a .zip with a double click, so it is still one
// step from the download to Excel.
//
// Layout (PKWARE APPNOTE 6.3.10): local file header, deflated data (method 8), central
// directory with one entry, end of central directory record. The local header is written
// with zero CRC and sizes and patched once the data is written, so there is no data
// descriptor (bit 3), which a few older readers mishandle. No ZIP64: a member of 4 GiB
// or more is refused (its archive would be far over any static host's limit anyway).
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32, createDeflateRaw } from 'node:zlib';

/** What zipFile wrote: the archive's size and the member's size, SHA-256 and CRC-32. */
export interface ZipWritten {
  /** bytes of the archive */
  bytes: number;
  member: { name: string; bytes: number; sha256: string; crc32: number };
}

/**
 * zlib level of the published archives: on the national FY2025 microdata CSV (57.3 MB),
 * level 5 took 0.4 s for 4.10 MB, zlib's default 6 took 0.7-0.8 s for 3.98 MB, and
 * level 1 0.25 s for 5.87 MB.
 */
export const ZIP_LEVEL = 5;

/** The largest size a ZIP without ZIP64 can record (APPNOTE 4.4.8, 4.4.9). */
export const ZIP32_MAX = 0xffff_fffe;

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const VERSION = 20; // 2.0: deflate (APPNOTE 4.4.3.2)
const DEFLATE = 8;
const UTF8_NAME = 0x0800; // general purpose bit 11 (APPNOTE 4.4.4)
// A fixed modification time (1980-01-01 00:00, the earliest MS-DOS date): the same input
// gives the same bytes on every run, as for every other published file.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * Writes `dest`, a ZIP archive holding `src` under the name `name` (deflate, `level` as
 * zlib's), and returns the archive's size and the member's size, SHA-256 and CRC-32,
 * all computed while streaming.
 */
export async function zipFile(
  src: string,
  dest: string,
  name: string,
  level = ZIP_LEVEL,
): Promise<ZipWritten> {
  const size = statSync(src).size;
  if (size > ZIP32_MAX) {
    throw new Error(`${src}: ${size} bytes is too large for a ZIP without ZIP64`);
  }
  const nameBytes = Buffer.from(name, 'utf8');
  if (name === '' || nameBytes.length > 0xffff || /[\\]|^\//.test(name)) {
    throw new Error(`zip member name ${JSON.stringify(name)} is not a plain relative name`);
  }
  const flags = /^[\x20-\x7e]*$/.test(name) ? 0 : UTF8_NAME;
  const header = (signature: number, fixedLength: number) => {
    const b = Buffer.alloc(fixedLength + nameBytes.length);
    b.writeUInt32LE(signature, 0);
    nameBytes.copy(b, fixedLength);
    return b;
  };
  // Both headers then hold the same five fields, from `at`: version needed, flags, method,
  // time, date (APPNOTE 4.3.7 and 4.3.12).
  const writeEntryFields = (b: Buffer, at: number) => {
    [VERSION, flags, DEFLATE, DOS_TIME, DOS_DATE].forEach((v, i) => b.writeUInt16LE(v, at + 2 * i));
  };

  // Local file header (APPNOTE 4.3.7); CRC and sizes at 14..25 are patched below.
  const local = header(LOCAL, 30);
  writeEntryFields(local, 4);
  local.writeUInt16LE(nameBytes.length, 26);
  local.writeUInt16LE(0, 28); // no extra field

  const out = await open(dest, 'w');
  try {
    await out.write(local, 0, local.length, 0);
  } finally {
    await out.close();
  }

  let crc = 0;
  let read = 0;
  const hash = createHash('sha256');
  const measure = new Transform({
    transform(chunk: Buffer, _enc, done) {
      crc = crc32(chunk, crc);
      read += chunk.length;
      hash.update(chunk);
      done(null, chunk);
    },
  });
  await pipeline(
    createReadStream(src, { highWaterMark: 1 << 20 }),
    measure,
    createDeflateRaw({ level }),
    createWriteStream(dest, { flags: 'r+', start: local.length }),
  );
  if (read !== size) throw new Error(`${src} changed while it was being archived`);
  const compressed = statSync(dest).size - local.length;
  if (compressed > ZIP32_MAX) {
    throw new Error(`${dest}: ${compressed} compressed bytes is too large without ZIP64`);
  }

  const sizes = Buffer.alloc(12);
  sizes.writeUInt32LE(crc >>> 0, 0);
  sizes.writeUInt32LE(compressed, 4);
  sizes.writeUInt32LE(size, 8);

  // Central directory file header (APPNOTE 4.3.12).
  const central = header(CENTRAL, 46);
  central.writeUInt16LE(VERSION, 4); // made by: MS-DOS (0), 2.0; no Unix mode bits
  writeEntryFields(central, 6);
  sizes.copy(central, 16);
  central.writeUInt16LE(nameBytes.length, 28);
  // extra, comment, disk number, internal and external attributes, offset: all 0

  // End of central directory record (APPNOTE 4.3.16).
  const centralAt = local.length + compressed;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(1, 8); // entries on this disk
  end.writeUInt16LE(1, 10); // entries in all
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(centralAt, 16);

  const patch = await open(dest, 'r+');
  try {
    await patch.write(sizes, 0, sizes.length, 14);
    await patch.write(central, 0, central.length, centralAt);
    await patch.write(end, 0, end.length, centralAt + central.length);
  } finally {
    await patch.close();
  }
  return {
    bytes: centralAt + central.length + end.length,
    member: { name, bytes: size, sha256: hash.digest('hex'), crc32: crc >>> 0 },
  };
}
