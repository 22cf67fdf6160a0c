// The shop's generated API, as one module: `api.cart.addToCart`, the types (`CartView`, ...) and the error codes
// (`shopErrorCodes`, `AppErrorCode`). The files under _generated are written by `bash scripts/codegen`.
export { api } from "./_generated/api";
export type * from "./_generated/types";
export * from "./_generated/errors";
