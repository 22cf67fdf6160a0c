import { useState } from "react";
import type { FunctionInfo } from "../api";
import { KindBadge } from "../components/KindBadge";
import { useI18n } from "../i18n/I18n";
import { href } from "../route";

/** Every function, filtered by a part of its name, with its kind and who may call it. */
export function FunctionList({ functions, current }: { functions: FunctionInfo[] | undefined; current: string | null }) {
  const { t } = useI18n();
  const [search, setSearch] = useState("");
  const shown = functions?.filter((info) => info.name.toLowerCase().includes(search.trim().toLowerCase()));
  return (
    <div className="function-list">
      <input
        type="search"
        placeholder={t("filterByName")}
        aria-label={t("filterByName")}
        data-testid="function-search"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <ul>
        {shown?.map((info) => (
          <li key={info.name}>
            <a
              href={href({ view: "functions", name: info.name })}
              data-testid={`function-${info.name}`}
              aria-current={info.name === current ? "page" : undefined}
            >
              <span className="mono">{info.name}</span>
              <span className="meta">
                <KindBadge kind={info.kind} /> <span className="access">{info.access}</span>
              </span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
