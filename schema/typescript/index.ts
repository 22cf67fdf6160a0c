// The shop's generated API, as one module: `api.cart.addToCart`, the types (`CartView`, ...) and the error codes
// (`shopErrorCodes`, `AppErrorCode`), with what the shop's apps tell a shopper for each code (`refusal`, `errorTexts`,
// `lineProblem`). The files under _generated are written by `bash scripts/codegen`; shopperTexts.ts by hand.
export { api } from "./_generated/api";
export type * from "./_generated/types";
export * from "./_generated/errors";
export * from "./shopperTexts";
