import { errorText } from "../i18n/errorText";
import { useI18n } from "../i18n/I18n";

/** An error as a sentence (see `errorText`; `withMessage` lists the codes shown with the server's message), or nothing when there is none. */
export function ErrorMessage({ error, testId, withMessage }: { error: unknown; testId?: string; withMessage?: readonly string[] }) {
  const { t } = useI18n();
  if (error === null || error === undefined) {
    return null;
  }

  return (
    <p className="error" role="alert" data-testid={testId}>
      {errorText(error, t, withMessage)}
    </p>
  );
}
