import { useState } from "react";
import { useI18n } from "../i18n/I18n";

/**
 * A button for what cannot be undone: the first click asks `question`, and only its Confirm button
 * (`<testId>-confirm`) does it.
 */
export function ConfirmButton({
  label,
  question,
  testId,
  disabled = false,
  danger = true,
  onConfirm,
}: {
  label: string;
  question: string;
  testId: string;
  disabled?: boolean;
  /** False for what is confirmed but not destructive (reactivating an account). */
  danger?: boolean;
  onConfirm: () => void;
}) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className={danger ? "danger" : "secondary"} data-testid={testId} disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }

  return (
    <span className="confirm" role="group" aria-label={question}>
      <span>{question}</span>
      <button
        type="button"
        className={danger ? "danger" : undefined}
        data-testid={`${testId}-confirm`}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {t("confirm")}
      </button>
      <button type="button" className="secondary" onClick={() => setAsking(false)}>
        {t("cancel")}
      </button>
    </span>
  );
}
