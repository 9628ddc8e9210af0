import { ja, type MessageKey } from './ja.ts';

export type { MessageKey };

/** The UI string for `key`, with `{name}` placeholders replaced from `params`. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return ja[key].replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`i18n: missing parameter {${name}} for ${key}`);
    return String(value);
  });
}
