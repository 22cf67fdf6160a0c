import { describe, expect, it } from "vitest";
import { columnsOf } from "./columns";

describe("a table's columns", () => {
  it("are the document's id, then the stored fields by their server (PascalCase) names, the stored Id not repeated", () => {
    expect(columnsOf({ fields: ["Id", "Name", "Price", "Category"] })).toEqual([null, "Name", "Price", "Category"]);
  });

  it("are the id alone for a type without other fields", () => {
    expect(columnsOf({ fields: [] })).toEqual([null]);
  });
});
