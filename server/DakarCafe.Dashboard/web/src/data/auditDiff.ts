import { isObject, sameJson } from "../json";

/** One top-level field an audited change touched, with its value before and after (undefined where it was absent). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * The top-level fields that differ between two versions of a record (a document with its stored PascalCase names, a
 * job, an account as an AccountRow), in the order they appear; null when either side is not an object (a deletion
 * has no after), which the audit log shows whole.
 */
export function changedFields(before: unknown, after: unknown): FieldChange[] | null {
  if (!isObject(before) || !isObject(after)) {
    return null;
  }

  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields.filter((field) => !sameJson(before[field], after[field])).map((field) => ({ field, before: before[field], after: after[field] }));
}
