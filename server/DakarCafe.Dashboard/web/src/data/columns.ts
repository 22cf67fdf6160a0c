import type { TableInfo } from "../api";

/**
 * A table's columns in the data browser: first the document's id (`DocumentRow.id`, null here: sorting by it is the
 * server's default order), then the stored fields as the server names them (PascalCase), but the `Id` the document
 * also holds, which would repeat the first column.
 */
export function columnsOf(table: Pick<TableInfo, "fields">): (string | null)[] {
  return [null, ...table.fields.filter((field) => field.toLowerCase() !== "id")];
}
