import type { FunctionInfo } from "../api";
import { JsonBlock } from "../components/JsonBlock";
import { KindBadge } from "../components/KindBadge";
import { useI18n } from "../i18n/I18n";
import { FunctionRunner } from "./FunctionRunner";

/** A function's kind, access rule and schemas, and a runner for it. */
export function FunctionDetail({ info }: { info: FunctionInfo }) {
  const { t } = useI18n();
  return (
    <div className="function-detail">
      <h1>{info.name}</h1>
      <p>
        <KindBadge kind={info.kind} /> <span className="access">{info.access}</span>
      </p>
      <div className="schemas">
        <details>
          <summary>{t("argsSchema")}</summary>
          <JsonBlock value={info.args} />
        </details>
        <details>
          <summary>{t("resultSchema")}</summary>
          <JsonBlock value={info.result} />
        </details>
      </div>
      <FunctionRunner info={info} />
    </div>
  );
}
