import { ErrorCodes } from "@dakarcafe/client";
import { useDakarCafeClient } from "@dakarcafe/client/react";
import { dashboard, type AccountRow } from "../api";
import { ConfirmButton } from "../components/ConfirmButton";
import { ErrorMessage } from "../components/ErrorMessage";
import { useCall } from "../components/useCall";
import { useI18n } from "../i18n/I18n";

const conflict = [ErrorCodes.conflict];

/**
 * One account: its role (a button for each other role the server allows) and deactivation, confirmed. The changes are
 * actions, called through the client; the live list then shows the account as changed. A refusal the server explains
 * (CONFLICT: an admin changing their own role or deactivating themselves) is shown with its message.
 */
export function UserRow({ user, roles }: { user: AccountRow; roles: string[] }) {
  const { t, dateTime } = useI18n();
  const client = useDakarCafeClient();
  const call = useCall();
  return (
    <tr data-testid={`row-${user.id}`} className={user.isActive ? undefined : "inactive"}>
      <td>{user.email}</td>
      <td>
        <span className={`badge role-${user.role}`} data-testid={`role-${user.id}`}>
          {user.role}
        </span>
      </td>
      <td>{user.isActive ? t("active") : t("inactive")}</td>
      <td>{dateTime(user.createdAt)}</td>
      <td>{user.lastSignIn ? dateTime(user.lastSignIn) : t("never")}</td>
      <td className="actions">
        {roles
          .filter((role) => role !== user.role)
          .map((role) => (
            <button
              key={role}
              type="button"
              className="secondary"
              data-testid={`set-role-${user.id}-${role}`}
              disabled={call.busy}
              onClick={() => void call.run(() => client.action(dashboard.setRole, { userId: user.id, role }))}
            >
              {t("makeRole", { role })}
            </button>
          ))}
        {user.isActive ? (
          <ConfirmButton
            label={t("deactivate")}
            question={t("confirmDeactivate", { email: user.email })}
            testId={`deactivate-${user.id}`}
            disabled={call.busy}
            onConfirm={() => void call.run(() => client.action(dashboard.deactivate, { userId: user.id }))}
          />
        ) : (
          <ConfirmButton
            label={t("reactivate")}
            question={t("confirmReactivate", { email: user.email })}
            testId={`reactivate-${user.id}`}
            danger={false}
            disabled={call.busy}
            onConfirm={() => void call.run(() => client.action(dashboard.reactivate, { userId: user.id }))}
          />
        )}
        <ErrorMessage error={call.error} withMessage={conflict} />
      </td>
    </tr>
  );
}
