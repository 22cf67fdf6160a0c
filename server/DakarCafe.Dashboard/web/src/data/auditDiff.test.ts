import { describe, expect, it } from "vitest";
import { changedFields } from "./auditDiff";

describe("an audited change", () => {
  it("lists only the fields whose value changed, nested values compared whole, by their stored (PascalCase) names", () => {
    const before = { Id: "p1", Name: "Roma", Price: 4500, Tags: ["intense"], Stock: 3 };
    const after = { Id: "p1", Name: "Roma", Price: 4900, Tags: ["intense", "new"], Stock: 3 };

    expect(changedFields(before, after)).toEqual([
      { field: "Price", before: 4500, after: 4900 },
      { field: "Tags", before: ["intense"], after: ["intense", "new"] },
    ]);
  });

  it("shows an account's change (an AccountRow, camelCase) as the fields it touched", () => {
    const account = { id: "u1", email: "awa@dakarcafe.sn", role: "user", isActive: true, createdAt: "2026-12-01T09:00:00Z", lastSignIn: null };

    expect(changedFields(account, { ...account, role: "moderator" })).toEqual([{ field: "role", before: "user", after: "moderator" }]);
    expect(changedFields(account, { ...account, isActive: false })).toEqual([{ field: "isActive", before: true, after: false }]);
  });

  it("shows fields added and removed", () => {
    expect(changedFields({ a: 1 }, { b: 2 })).toEqual([
      { field: "a", before: 1, after: undefined },
      { field: "b", before: undefined, after: 2 },
    ]);
  });

  it("has no field list when a side is not an object", () => {
    expect(changedFields({ Id: "p1" }, null)).toBeNull();
    expect(changedFields("user", "admin")).toBeNull();
  });
});
