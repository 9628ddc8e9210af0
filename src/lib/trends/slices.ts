// The policy themes and ministry slices of /trends/, read from their data files and
// checked against the code lists, so a typo fails the build instead of showing nothing.
import { z } from 'zod';
import themesFile from '../../data/policy-themes.json' with { type: 'json' };
import ministriesFile from '../../data/ministry-slices.json' with { type: 'json' };
import { currentLang } from '../../i18n/index.ts';
import { codes, vocab } from '../vocab.ts';

const topicCodes = codes(vocab.topics);
const industryCodes = codes(vocab.industries);
const reasoned = (allowed: string[]) =>
  z.object({
    code: z.string().refine((c) => allowed.includes(c), { message: 'not in the code list' }),
    reason: z.string().min(1),
    reason_en: z.string().min(1),
  });

const ThemeSchema = z.object({
  id: z.string().regex(/^[a-z_]+$/),
  name: z.string().min(1),
  name_en: z.string().min(1),
  topics: z.array(reasoned(topicCodes)).min(1),
});
const PartSchema = z
  .object({
    label: z.string().min(1),
    label_en: z.string().min(1),
    topics: z.array(reasoned(topicCodes)).min(1).optional(),
    industries: z.array(reasoned(industryCodes)).min(1).optional(),
  })
  .refine((p) => (p.topics === undefined) !== (p.industries === undefined), {
    message: 'a part is either topics or industries',
  });
const MinistrySchema = z
  .object({
    id: z.string().regex(/^[a-z]+$/),
    name: z.string().min(1),
    name_en: z.string().min(1),
    observer: z.string().min(1),
    observer_en: z.string().min(1),
    parts: z.array(PartSchema).min(1),
    limits: z.string().optional(),
    limits_en: z.string().optional(),
  })
  .refine((m) => (m.limits === undefined) === (m.limits_en === undefined), {
    message: 'limits needs its English (limits_en) and the other way round',
  });

export type Theme = z.infer<typeof ThemeSchema>;
export type SlicePart = z.infer<typeof PartSchema>;
export type Ministry = z.infer<typeof MinistrySchema>;

// `name`, `reason`, `label`, `observer` and `limits` read the reader's language, like the code
// lists' labels (src/lib/vocab.ts); the files keep the Japanese in those fields and the
// English beside them in `<field>_en`.
function bilingual<T extends object>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => bilingual(v as object)) as T;
  const out: Record<string, unknown> = {};
  const entries = value as Record<string, unknown>;
  for (const [key, v] of Object.entries(entries)) {
    out[key] = v !== null && typeof v === 'object' ? bilingual(v) : v;
  }
  for (const key of Object.keys(entries)) {
    const en = entries[`${key}_en`];
    const ja = entries[key];
    if (typeof en !== 'string' || typeof ja !== 'string') continue;
    Object.defineProperty(out, key, {
      enumerable: true,
      get: () => (currentLang() === 'en' ? en : ja),
    });
  }
  return out as T;
}

export const THEMES: Theme[] = bilingual(
  z.object({ themes: z.array(ThemeSchema) }).parse(themesFile).themes,
);
export const MINISTRIES: Ministry[] = bilingual(
  z.object({ ministries: z.array(MinistrySchema) }).parse(ministriesFile).ministries,
);
