import type { QueryReference } from "@dakarcafe/client";
import { useQueryResult } from "@dakarcafe/client/react";
import { ErrorMessage } from "../components/ErrorMessage";
import { JsonBlock } from "../components/JsonBlock";
import { useI18n } from "../i18n/I18n";
import { useUpdates } from "./useUpdates";

/** A query run live: its result as the server pushes it, with when it last changed and how many results came. */
export function LiveResult({ reference, args }: { reference: QueryReference<unknown, unknown>; args: unknown }) {
  const { t, time } = useI18n();
  const result = useQueryResult(reference, args);
  const updates = useUpdates(result);
  return (
    <div className="run-result">
      <p className="live" data-testid="runner-updates" data-updates={updates.count}>
        {updates.at ? t("liveUpdated", { time: time(updates.at), count: updates.count }) : t("loading")}
      </p>
      <div data-testid="runner-result">{result?.error ? <ErrorMessage error={result.error} /> : <JsonBlock value={result?.value} />}</div>
    </div>
  );
}
