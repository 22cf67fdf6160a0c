export { DakarCafeClient } from "./browser/sync/client";
export type { CallOptions, DakarCafeClientOptions, MutationOptions, QueryResult, Watch } from "./browser/sync/client";
export type { ConnectionState } from "./browser/sync/connection";
export type { WebSocketConstructor } from "./browser/sync/webSocket";
export { ErrorCodes } from "./browser/errorCodes";
export type { ErrorCode } from "./browser/errorCodes";
export { LogLevel } from "@microsoft/signalr";
export type { OptimisticLocalStore, OptimisticUpdate } from "./browser/sync/localStore";
export { DakarCafeError } from "./browser/errors";
export { PasswordSession } from "./browser/auth/passwordSignIn";
export { AuthorizationCodeSession } from "./browser/auth/authorizationCode";
export type { AuthorizationCodeSessionOptions } from "./browser/auth/authorizationCode";
export type { SessionStorage, TokenSession } from "./browser/auth/tokenSession";
export type { AccessToken, AccessTokenProvider } from "./browser/auth/accessToken";
export { action, mutation, query } from "./browser/functionReference";
export type {
  ActionReference,
  ArgsOf,
  FunctionReference,
  FunctionType,
  MutationReference,
  QueryReference,
  ResultOf,
} from "./browser/functionReference";
