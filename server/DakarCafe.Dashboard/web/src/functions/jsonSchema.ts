// Reading the parts of a JSON Schema (as System.Text.Json exports it) that the runner uses.
import { isObject } from "../json";

export type Schema = Record<string, unknown>;

/** The names in a schema's `type` ("string", or ["integer", "null"]); none when it does not say. */
export function typesOf(schema: unknown): string[] {
  const type = isObject(schema) ? schema.type : undefined;
  return typeof type === "string" ? [type] : Array.isArray(type) ? type.filter((name): name is string => typeof name === "string") : [];
}

/** The schemas of an object schema's properties, by name. */
export function propertiesOf(schema: Schema): Record<string, unknown> {
  return isObject(schema.properties) ? schema.properties : {};
}

/** The properties an object schema requires. */
export function requiredOf(schema: Schema): string[] {
  return Array.isArray(schema.required) ? schema.required.filter((field): field is string => typeof field === "string") : [];
}
