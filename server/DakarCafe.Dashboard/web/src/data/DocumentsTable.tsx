import { useState } from "react";
import { dashboard, type DocumentPageArgs, type DocumentRow, type TableInfo } from "../api";
import { ErrorMessage } from "../components/ErrorMessage";
import { Pager } from "../components/Pager";
import { useKeptQuery } from "../components/useKeptQuery";
import { compactValue } from "../format";
import { columnsOf } from "./columns";
import { DocumentFilter, type Filter } from "./DocumentFilter";
import { DocumentPanel } from "./DocumentPanel";

const pageSize = 25;

interface Sort {
  /** A top-level field as the server names it (PascalCase); null sorts by the document's id. */
  field: string | null;
  descending: boolean;
}

/** One table's documents, live: a page at a time, sorted by a column (click its header), filtered by a field's value. */
export function DocumentsTable({ table }: { table: TableInfo }) {
  const [sort, setSort] = useState<Sort>({ field: null, descending: false });
  const [filter, setFilter] = useState<Filter | null>(null);
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState<DocumentRow | null>(null);
  const args: DocumentPageArgs = {
    table: table.name,
    offset,
    limit: pageSize,
    descending: sort.descending,
    ...(sort.field ? { sortField: sort.field } : {}),
    ...(filter ? { filterField: filter.field, filterValue: filter.value } : {}),
  };
  const { value: page, error } = useKeptQuery(dashboard.documents, args);
  const columns = columnsOf(table);
  // The panel follows the document live while it is on the page, and keeps the last version seen when it is not.
  const shown = selected && (page?.documents.find((row) => row.id === selected.id) ?? selected);

  function sortBy(field: string | null) {
    setSort((current) => ({ field, descending: current.field === field ? !current.descending : false }));
    setOffset(0);
  }

  return (
    <div className="documents">
      <h1>{table.name}</h1>
      <DocumentFilter
        fields={table.fields}
        applied={filter}
        onApply={(next) => {
          setFilter(next);
          setOffset(0);
        }}
      />
      <ErrorMessage error={error} />
      <div className="split">
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column ?? ""} aria-sort={sort.field === column ? (sort.descending ? "descending" : "ascending") : undefined}>
                    <button type="button" className="sort" data-testid={`sort-${column ?? "id"}`} onClick={() => sortBy(column)}>
                      {column ?? "id"}
                      {sort.field === column ? (sort.descending ? " ▼" : " ▲") : ""}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {page?.documents.map((row) => (
                <tr
                  key={row.id}
                  data-testid={`row-${row.id}`}
                  className={row.id === selected?.id ? "selected" : undefined}
                  tabIndex={0}
                  onClick={() => setSelected(row)}
                  onKeyDown={(e) => e.key === "Enter" && setSelected(row)}
                >
                  {columns.map((column) =>
                    column === null ? (
                      <td key="" className="mono id" title={row.id}>
                        {row.id}
                      </td>
                    ) : (
                      <td key={column} title={compactValue(row.data[column], 2000)}>
                        {compactValue(row.data[column])}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          <Pager offset={offset} limit={pageSize} total={page?.total ?? (error ? 0 : undefined)} onOffset={setOffset} />
        </div>
        {shown && <DocumentPanel key={shown.id} table={table.name} row={shown} onClose={() => setSelected(null)} />}
      </div>
    </div>
  );
}
