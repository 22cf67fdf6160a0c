import { useQuery } from "@dakarcafe/client/react";
import { useState } from "react";
import { dashboard, type AccountRow } from "../api";
import { useDebounced } from "../components/useDebounced";
import { useI18n } from "../i18n/I18n";

/** Whom the runner runs a function as: the admin, or another user (not chosen yet while `user` is null). */
export type RunAs = { as: "myself" } | { as: "user"; user: AccountRow | null };

/** Chooses whom a function runs as: the admin, or a user found by a part of their email. */
export function RunAsPicker({ value, onChange }: { value: RunAs; onChange: (value: RunAs) => void }) {
  const { t } = useI18n();
  const [search, setSearch] = useState("");
  const another = value.as === "user";
  const user = value.as === "user" ? value.user : null;
  const settled = useDebounced(search.trim());
  const found = useQuery(dashboard.users, another && !user && settled.length >= 2 ? { search: settled, limit: 8 } : "skip");
  return (
    <fieldset className="run-as">
      <legend>{t("runAs")}</legend>
      <label>
        <input type="radio" name="run-as" data-testid="runas-myself" checked={!another} onChange={() => onChange({ as: "myself" })} />
        {t("myself")}
      </label>
      <label>
        <input type="radio" name="run-as" data-testid="runas-user" checked={another} onChange={() => onChange({ as: "user", user: null })} />
        {t("anotherUser")}
      </label>
      {another && user && (
        <p>
          <strong data-testid="runas-chosen">{user.email}</strong>{" "}
          <button type="button" className="secondary" onClick={() => onChange({ as: "user", user: null })}>
            {t("change")}
          </button>
        </p>
      )}
      {another && !user && (
        <div className="run-as-search">
          <input
            type="search"
            placeholder={t("searchEmail")}
            aria-label={t("searchEmail")}
            data-testid="runas-search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
          <ul>
            {found?.users.map((account) => (
              <li key={account.id}>
                <button
                  type="button"
                  className="secondary"
                  data-testid={`runas-${account.id}`}
                  onClick={() => onChange({ as: "user", user: account })}
                >
                  {account.email}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </fieldset>
  );
}
