import { useQuery } from "@dakarcafe/client/react";
import { dashboard } from "../api";
import { useI18n } from "../i18n/I18n";
import { FunctionDetail } from "./FunctionDetail";
import { FunctionList } from "./FunctionList";
import "./functions.css";

/** The deployment's functions, and the one chosen: its schemas and a runner. */
export function FunctionsView({ name }: { name: string | null }) {
  const { t } = useI18n();
  const functions = useQuery(dashboard.functions, {});
  const chosen = functions?.find((candidate) => candidate.name === name);
  return (
    <section className="functions-view">
      <FunctionList functions={functions} current={name} />
      {chosen ? (
        <FunctionDetail key={chosen.name} info={chosen} />
      ) : (
        <p className="hint">{functions === undefined ? t("loading") : t("pickFunction")}</p>
      )}
    </section>
  );
}
