// The policy themes and ministry slices of /trends/, read from their data files and
// checked against the code lists, so a typo fails the build instead of showing nothing.
import { z } from 'zod';
import themesFile from '../../data/policy-themes.json' with { type: 'json' };
import ministriesFile from '../../data/ministry-slices.json' with { type: 'json' };
import { codes, vocab } from '../vocab.ts';

const topicCodes = codes(vocab.topics);
const industryCodes = codes(vocab.industries);
const reasoned = (allowed: string[]) =>
  z.object({
    code: z.string().refine((c) => allowed.includes(c), { message: 'not in the code list' }),
    reason: z.string().min(1),
  });

const ThemeSchema = z.object({
  id: z.string().regex(/^[a-z_]+$/),
  name: z.string().min(1),
  topics: z.array(reasoned(topicCodes)).min(1),
});
const PartSchema = z
  .object({
    label: z.string().min(1),
    topics: z.array(reasoned(topicCodes)).min(1).optional(),
    industries: z.array(reasoned(industryCodes)).min(1).optional(),
  })
  .refine((p) => (p.topics === undefined) !== (p.industries === undefined), {
    message: 'a part is either topics or industries',
  });
const MinistrySchema = z.object({
  id: z.string().regex(/^[a-z]+$/),
  name: z.string().min(1),
  observer: z.string().min(1),
  parts: z.array(PartSchema).min(1),
  limits: z.string().optional(),
});

export type Theme = z.infer<typeof ThemeSchema>;
export type SlicePart = z.infer<typeof PartSchema>;
export type Ministry = z.infer<typeof MinistrySchema>;

export const THEMES: Theme[] = z.object({ themes: z.array(ThemeSchema) }).parse(themesFile).themes;
export const MINISTRIES: Ministry[] = z
  .object({ ministries: z.array(MinistrySchema) })
  .parse(ministriesFile).ministries;
