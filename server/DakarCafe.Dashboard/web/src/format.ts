// How the dashboard writes sizes, durations and stored values, in the reader's language.
import type { Language } from "./i18n/strings";

const locales: Record<Language, string> = { fr: "fr-FR", en: "en-GB" };
const byteUnits: Record<Language, string[]> = { fr: ["o", "Ko", "Mo", "Go", "To"], en: ["B", "KB", "MB", "GB", "TB"] };

/** The language's locale, for `Intl`. */
export function localeOf(language: Language): string {
  return locales[language];
}

/** A size in bytes the way people read it: 1 536 → "1,5 Ko" / "1.5 KB" (powers of 1024, one decimal at most). */
export function formatBytes(bytes: number, language: Language): string {
  const units = byteUnits[language];
  let unit = 0;
  let value = bytes;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }

  return `${new Intl.NumberFormat(locales[language], { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

/** A duration in milliseconds: "0,42 ms", "12 ms", "3,4 s", "2 min 05 s". */
export function formatDuration(ms: number, language: Language): string {
  const number = (value: number, digits: number) => new Intl.NumberFormat(locales[language], { maximumFractionDigits: digits }).format(value);
  if (ms < 1) {
    return `${number(ms, 2)} ms`;
  }

  if (ms < 1000) {
    return `${number(ms, ms < 10 ? 1 : 0)} ms`;
  }

  if (ms < 60_000) {
    return `${number(ms / 1000, 1)} s`;
  }

  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, "0")} s`;
}

/** A stored value on one line for a table cell: text as is, anything else as JSON, cut at `max` characters. */
export function compactValue(value: unknown, max = 60): string {
  const text = typeof value === "string" ? value : value === undefined ? "" : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
