import { action, mutation, query, type QueryReference } from "@dakarcafe/client";
import { useDakarCafeClient } from "@dakarcafe/client/react";
import { useState } from "react";
import { dashboard, type FunctionInfo } from "../api";
import { ErrorMessage } from "../components/ErrorMessage";
import { JsonBlock } from "../components/JsonBlock";
import { useCall } from "../components/useCall";
import { useI18n, type I18n } from "../i18n/I18n";
import { checkArgs, type ArgsCheck } from "./argsCheck";
import { argsTemplate } from "./argsTemplate";
import { LiveResult } from "./LiveResult";
import { RunAsPicker, type RunAs } from "./RunAsPicker";

/** What a run gave: a query followed live, or the one result of a mutation or action. */
type Outcome = { kind: "live"; reference: QueryReference<unknown, unknown>; args: unknown } | { kind: "once"; value: unknown; at: Date };

/**
 * Runs a function with arguments typed as JSON (checked lightly against its schema first). As the admin, a query is
 * followed live and a mutation or action called once; as another user, the server first records the impersonation
 * (`impersonate`, audited) and hands a grant, which `queryAs` (live) or `runAs` uses.
 */
export function FunctionRunner({ info }: { info: FunctionInfo }) {
  const { t, time } = useI18n();
  const client = useDakarCafeClient();
  const [text, setText] = useState(() => argsTemplate(info.args));
  const [runAs, setRunAs] = useState<RunAs>({ as: "myself" });
  const [problem, setProblem] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [runs, setRuns] = useState(0);
  const call = useCall();

  async function run() {
    const checked = checkArgs(text, info.args);
    if (!checked.ok) {
      setProblem(describe(checked, t));
      return;
    }

    setProblem(null);
    setOutcome(null);
    const args = checked.value;
    const user = runAs.as === "user" ? runAs.user : null;
    const next = await call.run(async (): Promise<Outcome> => {
      if (!user) {
        switch (info.kind) {
          case "query":
            return { kind: "live", reference: query(info.name), args };
          case "mutation":
            return { kind: "once", value: await client.mutation(mutation(info.name), args), at: new Date() };
          case "action":
            return { kind: "once", value: await client.action(action(info.name), args), at: new Date() };
        }
      }

      const { grantId } = await client.action(dashboard.impersonate, { userId: user.id, function: info.name });
      return info.kind === "query"
        ? { kind: "live", reference: dashboard.queryAs, args: { grantId, args } }
        : { kind: "once", value: await client.action(dashboard.runAs, { grantId, args }), at: new Date() };
    });
    setRuns((count) => count + 1);
    setOutcome(next ?? null);
  }

  return (
    <div className="runner">
      <h2>{t("run")}</h2>
      <label className="args">
        {t("arguments")}
        <textarea data-testid="runner-args" spellCheck={false} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      {problem && (
        <p className="error" role="alert" data-testid="runner-problem">
          {problem}
        </p>
      )}
      <RunAsPicker value={runAs} onChange={setRunAs} />
      <button
        type="button"
        className="primary"
        data-testid="run-function"
        disabled={call.busy || (runAs.as === "user" && !runAs.user)}
        onClick={() => void run()}
      >
        {runAs.as === "user" && runAs.user ? t("runAsUser", { email: runAs.user.email }) : t("run")}
      </button>
      {outcome?.kind === "live" && <LiveResult key={runs} reference={outcome.reference} args={outcome.args} />}
      {outcome?.kind === "once" && (
        <div className="run-result">
          <p className="live">{t("ranAt", { time: time(outcome.at) })}</p>
          <div data-testid="runner-result">
            <JsonBlock value={outcome.value} />
          </div>
        </div>
      )}
      {call.error !== null && (
        <div className="run-result" data-testid="runner-result">
          <ErrorMessage error={call.error} />
        </div>
      )}
    </div>
  );
}

function describe(check: Exclude<ArgsCheck, { ok: true }>, t: I18n["t"]): string {
  switch (check.problem) {
    case "invalidJson":
      return t("invalidJson", { detail: check.detail });
    case "notAnObject":
      return t("argsNotObject");
    case "missing":
      return t("argsMissing", { fields: check.fields.join(", ") });
    case "wrongType":
      return t("argsWrongType", { field: check.field, expected: check.expected });
  }
}
