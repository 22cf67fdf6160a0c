import { ErrorCodes } from "@dakarcafe/client";
import { useMutation } from "@dakarcafe/client/react";
import { dashboard, type JobRow as Job } from "../api";
import { ErrorMessage } from "../components/ErrorMessage";
import { useCall } from "../components/useCall";
import { useI18n } from "../i18n/I18n";

// The server retries a failed job only and cancels a pending one only: any other state (the job moved on since the
// page showed it) answers CONFLICT, whose message says the state the job is in.
const conflict = [ErrorCodes.conflict];

/** One job: a failed one shows its last error and can be retried; a pending one can be cancelled; a running one says which node has it. */
export function JobRow({ job }: { job: Job }) {
  const { t, dateTime, time } = useI18n();
  const retry = useMutation(dashboard.retryJob);
  const cancel = useMutation(dashboard.cancelJob);
  const call = useCall();
  return (
    <>
      <tr data-testid={`row-${job.id}`}>
        <td className="mono" title={job.args}>
          {job.function}
        </td>
        <td>
          <span
            className={`badge job-${job.state}`}
            title={
              job.state === "running" && job.claimedBy && job.claimedUntil
                ? t("claimedBy", { node: job.claimedBy, time: time(job.claimedUntil) })
                : undefined
            }
          >
            {t(`job.${job.state}`)}
          </span>
        </td>
        <td>{dateTime(job.runAt)}</td>
        <td className="number">
          {job.attempts}/{job.maxAttempts}
        </td>
        <td className="mono">{job.cron ?? ""}</td>
        <td>{dateTime(job.createdAt)}</td>
        <td>{job.finishedAt ? dateTime(job.finishedAt) : ""}</td>
        <td className="actions">
          {job.state === "failed" && (
            <button type="button" data-testid={`retry-job-${job.id}`} disabled={call.busy} onClick={() => void call.run(() => retry({ id: job.id }))}>
              {t("retry")}
            </button>
          )}
          {job.state === "pending" && (
            <button
              type="button"
              className="danger"
              data-testid={`cancel-job-${job.id}`}
              disabled={call.busy}
              onClick={() => void call.run(() => cancel({ id: job.id }))}
            >
              {t("cancelJob")}
            </button>
          )}
        </td>
      </tr>
      {(job.state === "failed" && job.lastError) || call.error ? (
        <tr className="details">
          <td colSpan={8}>
            {job.state === "failed" && job.lastError && (
              <p className="error" data-testid={`job-error-${job.id}`}>
                {job.lastError}
              </p>
            )}
            <ErrorMessage error={call.error} withMessage={conflict} />
          </td>
        </tr>
      ) : null}
    </>
  );
}
