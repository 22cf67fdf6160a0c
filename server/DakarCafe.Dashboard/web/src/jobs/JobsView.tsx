import { useState } from "react";
import { dashboard, type JobState } from "../api";
import { ErrorMessage } from "../components/ErrorMessage";
import { Pager } from "../components/Pager";
import { useKeptQuery } from "../components/useKeptQuery";
import { useI18n } from "../i18n/I18n";
import { JobRow } from "./JobRow";

const pageSize = 25;
const states: JobState[] = ["pending", "running", "succeeded", "failed", "cancelled"];

/** The scheduled jobs, live: how many are in each state, a page of those in the state chosen, retry and cancel. */
export function JobsView() {
  const { t } = useI18n();
  const [state, setState] = useState<JobState | null>(null);
  const [offset, setOffset] = useState(0);
  const { value: page, error } = useKeptQuery(dashboard.jobs, { offset, limit: pageSize, ...(state ? { state } : {}) });
  const choose = (next: JobState | null) => {
    setState(next);
    setOffset(0);
  };
  return (
    <section className="jobs">
      <h1>{t("navJobs")}</h1>
      <div className="chips" role="group" aria-label={t("state")}>
        <button type="button" className="chip" data-testid="job-state-all" aria-pressed={state === null} onClick={() => choose(null)}>
          {t("allStates")}
        </button>
        {states.map((candidate) => (
          <button
            key={candidate}
            type="button"
            className="chip"
            data-testid={`job-state-${candidate}`}
            aria-pressed={state === candidate}
            onClick={() => choose(candidate)}
          >
            {t(`job.${candidate}`)} <span className="count">{page?.counts[candidate] ?? "…"}</span>
          </button>
        ))}
      </div>
      <ErrorMessage error={error} />
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>{t("function")}</th>
              <th>{t("state")}</th>
              <th>{t("runAt")}</th>
              <th className="number">{t("attempts")}</th>
              <th>{t("cron")}</th>
              <th>{t("createdAt")}</th>
              <th>{t("finishedAt")}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {page?.jobs.map((job) => (
              <JobRow key={job.id} job={job} />
            ))}
          </tbody>
        </table>
        <Pager offset={offset} limit={pageSize} total={page?.total ?? (error ? 0 : undefined)} onOffset={setOffset} />
      </div>
    </section>
  );
}
