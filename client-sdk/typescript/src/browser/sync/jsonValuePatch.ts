// Applies the keyed patches the server sends instead of whole values when smaller (schema/DakarCafe.Protocol/JsonValuePatch.cs):
// objects by field, lists of objects with an "id" by key (set, and the new order when it changed).

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface ObjectPatch {
  kind: "object";
  set: Record<string, Patch>;
  unset: string[];
}

interface ListPatch {
  kind: "list";
  set: Record<string, Json>;
  keys?: string[];
}

interface ReplacePatch {
  kind: "replace";
  value?: Json;
}

export type Patch = ObjectPatch | ListPatch | ReplacePatch;

export function applyPatch(value: unknown, patch: Patch): unknown {
  switch (patch.kind) {
    case "object": {
      const target: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      for (const name of patch.unset) {
        delete target[name];
      }

      for (const [name, inner] of Object.entries(patch.set)) {
        target[name] = applyPatch(target[name], inner);
      }

      return target;
    }
    case "list": {
      const old = new Map<string, unknown>();
      for (const element of value as unknown[]) {
        const key = keyOf(element);
        if (key !== undefined) {
          old.set(key, element);
        }
      }

      const keys = patch.keys ?? [...old.keys()];
      return keys.map((key) => (key in patch.set ? patch.set[key] : old.get(key)));
    }
    default:
      return patch.value ?? null;
  }
}

function keyOf(element: unknown): string | undefined {
  if (element === null || typeof element !== "object" || !("id" in element)) {
    return undefined;
  }

  const id = (element as { id: unknown }).id;
  return typeof id === "string" ? id : JSON.stringify(id);
}
