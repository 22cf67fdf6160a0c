import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import { formatBytes, formatDuration, localeOf } from "../format";
import { strings, type Language, type Text } from "./strings";

export interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  /** The text in the reader's language, with its `{placeholders}` filled. */
  t: (text: Text, values?: Record<string, string | number>) => string;
  /** A moment (ISO-8601) as a date and time, to the second. */
  dateTime: (at: string) => string;
  /** A moment as a time of day, to the second. */
  time: (at: string | Date) => string;
  bytes: (size: number) => string;
  duration: (ms: number) => string;
}

const I18nContext = createContext<I18n | null>(null);
const languageKey = "dakarcafe.dashboard.language";

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(() => (localStorage.getItem(languageKey) === "en" ? "en" : "fr"));
  const value = useMemo<I18n>(() => {
    const locale = localeOf(language);
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "medium" });
    const time = new Intl.DateTimeFormat(locale, { timeStyle: "medium" });
    return {
      language,
      setLanguage: (next) => {
        localStorage.setItem(languageKey, next);
        document.documentElement.lang = next;
        setLanguage(next);
      },
      t: (text, values) =>
        Object.entries(values ?? {}).reduce<string>((s, [k, v]) => s.replaceAll(`{${k}}`, String(v)), strings[language][text] ?? text),
      dateTime: (at) => dateTime.format(new Date(at)),
      time: (at) => time.format(typeof at === "string" ? new Date(at) : at),
      bytes: (size) => formatBytes(size, language),
      duration: (ms) => formatDuration(ms, language),
    };
  }, [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) {
    throw new Error("useI18n needs an I18nProvider.");
  }

  return i18n;
}
