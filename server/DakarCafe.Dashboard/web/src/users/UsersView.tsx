import { useState } from "react";
import { dashboard } from "../api";
import { ErrorMessage } from "../components/ErrorMessage";
import { Pager } from "../components/Pager";
import { useDebounced } from "../components/useDebounced";
import { useKeptQuery } from "../components/useKeptQuery";
import { useI18n } from "../i18n/I18n";
import { UserRow } from "./UserRow";
import { useRoles } from "./useRoles";

const pageSize = 25;

/**
 * The accounts, found by a part of their email, live: their role and whether they may sign in, both changeable, and
 * when they last signed in. The roles that may be given are asked once, when the view opens.
 */
export function UsersView() {
  const { t } = useI18n();
  const [search, setSearch] = useState("");
  const [offset, setOffset] = useState(0);
  const settled = useDebounced(search.trim());
  const { roles, error: rolesError } = useRoles();
  const { value: page, error } = useKeptQuery(dashboard.users, { offset, limit: pageSize, ...(settled ? { search: settled } : {}) });
  return (
    <section className="users">
      <h1>{t("navUsers")}</h1>
      <div className="filters">
        <input
          type="search"
          placeholder={t("searchEmail")}
          aria-label={t("searchEmail")}
          data-testid="user-search"
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setOffset(0);
          }}
        />
      </div>
      <ErrorMessage error={error} />
      <ErrorMessage error={rolesError} />
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>{t("email")}</th>
              <th>{t("role")}</th>
              <th>{t("status")}</th>
              <th>{t("createdAt")}</th>
              <th>{t("lastSignIn")}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {page?.users.map((user) => (
              <UserRow key={user.id} user={user} roles={roles ?? []} />
            ))}
          </tbody>
        </table>
        <Pager offset={offset} limit={pageSize} total={page?.total ?? (error ? 0 : undefined)} onOffset={setOffset} />
      </div>
    </section>
  );
}
