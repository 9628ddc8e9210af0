// Node has a Shift_JIS decoder but no encoder: build the reverse table from the decoder
// (first byte sequence wins, which is the JIS/CP932 canonical one for common characters).
let table: Map<string, number[]> | null = null;

function build(): Map<string, number[]> {
  const m = new Map<string, number[]>();
  const d = new TextDecoder('shift_jis');
  const leads = [...range(0x81, 0x9f), ...range(0xe0, 0xfc)];
  for (const lead of leads) {
    for (const trail of [...range(0x40, 0x7e), ...range(0x80, 0xfc)]) {
      const ch = d.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\uFFFD' && !m.has(ch)) m.set(ch, [lead, trail]);
    }
  }
  for (let b = 0xa1; b <= 0xdf; b++) m.set(d.decode(new Uint8Array([b])), [b]); // half-width kana
  return m;
}

function* range(a: number, b: number) {
  for (let i = a; i <= b; i++) yield i;
}

export function encodeShiftJis(text: string): Uint8Array {
  table ??= build();
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`not encodable in Shift_JIS: ${ch} U+${c.toString(16)}`);
      out.push(...bytes);
    }
  }
  return Uint8Array.from(out);
}
