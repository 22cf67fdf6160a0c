/** What a function does: read (and can be subscribed to), write in one transaction, or reach the outside world. */
export type FunctionType = "query" | "mutation" | "action";

/**
 * A public function by name (`module:function`) with its argument and result types. The types exist only for the
 * compiler (`__args`, `__result` are never set): the generated `api` object is made of these.
 */
export interface FunctionReference<Type extends FunctionType, Args, Result> {
  readonly name: string;
  readonly type: Type;
  readonly __args?: Args;
  readonly __result?: Result;
}

export type QueryReference<Args, Result> = FunctionReference<"query", Args, Result>;
export type MutationReference<Args, Result> = FunctionReference<"mutation", Args, Result>;
export type ActionReference<Args, Result> = FunctionReference<"action", Args, Result>;

/** The arguments of a function reference. */
export type ArgsOf<F> = F extends FunctionReference<FunctionType, infer Args, unknown> ? Args : never;

/** The result of a function reference. */
export type ResultOf<F> = F extends FunctionReference<FunctionType, unknown, infer Result> ? Result : never;

export function query<Args, Result>(name: string): QueryReference<Args, Result> {
  return { name, type: "query" };
}

export function mutation<Args, Result>(name: string): MutationReference<Args, Result> {
  return { name, type: "mutation" };
}

export function action<Args, Result>(name: string): ActionReference<Args, Result> {
  return { name, type: "action" };
}
