import { useI18n } from "../i18n/I18n";

/** Français ⇄ English. */
export function LanguageSwitch() {
  const { language, setLanguage } = useI18n();
  return (
    <button type="button" className="secondary language" data-testid="language" onClick={() => setLanguage(language === "fr" ? "en" : "fr")}>
      {language === "fr" ? "English" : "Français"}
    </button>
  );
}
