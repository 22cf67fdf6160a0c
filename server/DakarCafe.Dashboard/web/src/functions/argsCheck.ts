// A light check of a function's arguments against its JSON Schema before they are sent: the JSON parses, the
// required properties are there, and the top-level ones have the type the schema names. The server validates fully.
import { isObject } from "../json";
import { propertiesOf, requiredOf, typesOf, type Schema } from "./jsonSchema";

/** What is wrong with the arguments, for the editor to say; or the value to send. */
export type ArgsCheck =
  | { ok: true; value: unknown }
  | { ok: false; problem: "invalidJson"; detail: string }
  | { ok: false; problem: "notAnObject" }
  | { ok: false; problem: "missing"; fields: string[] }
  | { ok: false; problem: "wrongType"; field: string; expected: string };

export function checkArgs(text: string, schema: Schema): ArgsCheck {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: "invalidJson", detail: (error as Error).message };
  }

  if (!isObject(value)) {
    return typesOf(schema).includes("object") || "properties" in schema ? { ok: false, problem: "notAnObject" } : { ok: true, value };
  }

  const missing = requiredOf(schema).filter((field) => !(field in value));
  if (missing.length > 0) {
    return { ok: false, problem: "missing", fields: missing };
  }

  for (const [field, property] of Object.entries(propertiesOf(schema))) {
    const types = typesOf(property);
    if (field in value && types.length > 0 && !types.some((type) => hasType(value[field], type))) {
      return { ok: false, problem: "wrongType", field, expected: types.join(" | ") };
    }
  }

  return { ok: true, value };
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "null":
      return value === null;
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number";
    case "array":
      return Array.isArray(value);
    case "object":
      return isObject(value);
    default:
      return typeof value === type;
  }
}
