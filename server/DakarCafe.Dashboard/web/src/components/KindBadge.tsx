import type { FunctionKind } from "../api";
import { useI18n } from "../i18n/I18n";

/** Query, mutation or action, each in its colour. */
export function KindBadge({ kind }: { kind: FunctionKind }) {
  const { t } = useI18n();
  return <span className={`badge kind-${kind}`}>{t(`kind.${kind}`)}</span>;
}
