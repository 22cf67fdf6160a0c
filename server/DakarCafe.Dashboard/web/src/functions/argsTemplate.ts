import { propertiesOf, requiredOf, typesOf, type Schema } from "./jsonSchema";

const blanks: Record<string, unknown> = { string: "", integer: 0, number: 0, boolean: false, array: [], object: {} };

/** The arguments editor's starting text: the required properties, each with a blank value of its type. */
export function argsTemplate(schema: Schema): string {
  const properties = propertiesOf(schema);
  const required = requiredOf(schema);
  if (required.length === 0) {
    return "{}";
  }

  const blank = (field: string) => {
    const type = typesOf(properties[field]).find((name) => name !== "null");
    return type === undefined ? null : (blanks[type] ?? null);
  };
  return JSON.stringify(Object.fromEntries(required.map((field) => [field, blank(field)])), null, 2);
}
