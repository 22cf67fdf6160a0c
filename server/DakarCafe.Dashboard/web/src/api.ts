/**
 * The dashboard's functions: engine built-ins under the reserved `_dashboard` module, every one refused on the server
 * to any caller without the `admin` role (FORBIDDEN; AUTH_REQUIRED when signed out). Queries are live like any other.
 * Times are ISO-8601 UTC strings; enums are camelCase strings. The wire's names are camelCase, except what a data
 * browser document holds: its stored property names (PascalCase).
 */
import { action, mutation, query } from "@dakarcafe/client";

// ---- Data browser ----------------------------------------------------------------------------------------------
/**
 * A document type the deployment declared (a "table"), with its count and its top-level field names exactly as the
 * server stores them: the C# property names, PascalCase (`Id`, `Name`, `Price`, `Category`…), not camelCase.
 */
export interface TableInfo {
  name: string;
  documents: number;
  fields: string[];
}
export interface DocumentPageArgs {
  table: string;
  /** Only documents whose top-level field (a name of `TableInfo.fields`, PascalCase) equals `filterValue` (compared as text). */
  filterField?: string;
  filterValue?: string;
  /** Sort by a top-level field (a name of `TableInfo.fields`, as text); by the document's id when absent. */
  sortField?: string;
  descending?: boolean;
  offset?: number;
  /** 1..100, 25 by default. */
  limit?: number;
}
export interface DocumentRow {
  /** The document's id: what identifies the row (not a field of `data`). */
  id: string;
  /** The document as stored: its property names are the C# ones (PascalCase), as in `TableInfo.fields`. */
  data: Record<string, unknown>;
}
export interface DocumentPage {
  documents: DocumentRow[];
  total: number;
}
export interface UpdateDocumentArgs {
  table: string;
  id: string;
  /** The whole new document, PascalCase as stored; checked against the type (VALIDATION_ERROR with data.field when it does not fit). Its id must stay. */
  data: Record<string, unknown>;
}
export interface DocumentKey {
  table: string;
  id: string;
}
export type AuditAction =
  | "updateDocument"
  | "deleteDocument"
  | "impersonate"
  | "retryJob"
  | "cancelJob"
  | "deleteFile"
  | "setRole"
  | "deactivate"
  | "reactivate";
export interface AuditEntry {
  id: string;
  /** Its place in the log: entries are numbered in the order they commit. */
  number: number;
  at: string;
  /** The admin who did it. */
  actorId: string;
  actorEmail: string | null;
  action: AuditAction;
  /** What it was done to: "Table/id", a function name, a job or file id, a user id. */
  target: string;
  /**
   * What it was before and after, parsed JSON (null when there is none): a document as stored (PascalCase), a job or
   * file (camelCase), and for `setRole`, `deactivate` and `reactivate` the account as an `AccountRow` (camelCase).
   */
  before: unknown;
  after: unknown;
}
export interface PageArgs {
  offset?: number;
  limit?: number;
}
export interface AuditPage {
  entries: AuditEntry[];
  total: number;
}

// ---- Functions ---------------------------------------------------------------------------------------------------
export type FunctionKind = "query" | "mutation" | "action";
export interface FunctionInfo {
  name: string;
  kind: FunctionKind;
  /** Who may call it, e.g. "public", "authenticated", "role: admin", "internal". */
  access: string;
  /** JSON Schema (draft 2020-12) of the arguments and of the result. */
  args: Record<string, unknown>;
  result: Record<string, unknown>;
}
/**
 * Running as yourself: call the function directly through the client (client.query/mutation/action or
 * useQuery(query(name))). Running as another user (audited): first `impersonate`, which records the audit entry and
 * returns a grant, then `queryAs` (a live query: subscribe to it) or `runAs` (mutations and actions).
 * `impersonate` is an action (it looks the user up); a grant allows one public function, and the user's own access
 * rule applies to what runs under it.
 */
export interface ImpersonateArgs {
  userId: string;
  function: string;
}
export interface ImpersonationGrant {
  grantId: string;
  expiresAt: string;
}
export interface RunAsArgs {
  grantId: string;
  args: unknown;
}

// ---- Live function log ---------------------------------------------------------------------------------------------
export interface FunctionCall {
  id: string;
  at: string;
  function: string;
  kind: FunctionKind;
  callerId: string | null;
  durationMs: number;
  /** "ok", or the error code. */
  outcome: string;
  correlationId: string | null;
  node: string;
  /** Its place among the node's calls, which orders calls that ended in the same instant. */
  sequence: number;
}
export interface LogArgs {
  function?: string;
  /** "ok", "error" (any error), or one error code. */
  outcome?: string;
  callerId?: string;
  /** 1..500, 100 by default; newest first. */
  limit?: number;
}

// ---- Metrics -------------------------------------------------------------------------------------------------------
export interface FunctionLatency {
  function: string;
  calls: number;
  p50Ms: number;
  p99Ms: number;
}
/** One node's sample (taken every 10 s); the last hour is kept. */
export interface MetricsSample {
  at: string;
  node: string;
  connections: number;
  liveQueries: number;
  sharedNodes: number;
  executionsPerSecond: number;
  pushesPerSecond: number;
  mutationsPerSecond: number;
  conflicts: number;
  retries: number;
  functions: FunctionLatency[];
}
export interface MetricsArgs {
  /** 1..60, 60 by default. */
  minutes?: number;
}

// ---- Jobs ----------------------------------------------------------------------------------------------------------
export type JobState = "pending" | "running" | "succeeded" | "failed" | "cancelled";
/** The server's ScheduledJob. */
export interface JobRow {
  id: string;
  function: string;
  /** The arguments, as JSON text. */
  args: string;
  runAt: string;
  state: JobState;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  /** The node running it, and until when its claim holds (null unless it is running). */
  claimedBy: string | null;
  claimedUntil: string | null;
  cron: string | null;
  createdAt: string;
  finishedAt: string | null;
}
export interface JobsArgs extends PageArgs {
  state?: JobState;
}
export interface JobsPage {
  jobs: JobRow[];
  total: number;
  counts: Record<JobState, number>;
}
export interface IdArgs {
  id: string;
}

// ---- Users ---------------------------------------------------------------------------------------------------------
export interface AccountRow {
  id: string;
  email: string;
  role: string;
  isActive: boolean;
  createdAt: string;
  /** When it last signed in; null if it never has. */
  lastSignIn: string | null;
}
export interface UsersArgs extends PageArgs {
  /** Part of the email, case-insensitive. */
  search?: string;
}
export interface UsersPage {
  users: AccountRow[];
  total: number;
}
export interface SetRoleArgs {
  userId: string;
  role: string;
}
export interface UserIdArgs {
  userId: string;
}

// ---- Files ---------------------------------------------------------------------------------------------------------
export interface FileRow {
  id: string;
  contentType: string;
  size: number;
  sha256: string;
  ownerId: string | null;
  purpose: string;
  createdAt: string;
  /** `/files/<id>`, relative to the server: files are served publicly by id (the id is the capability), no token. */
  url: string;
}
export interface FilesArgs extends PageArgs {
  purpose?: string;
}
export interface FilesPage {
  files: FileRow[];
  total: number;
}

export const dashboard = {
  tables: query<Record<string, never>, TableInfo[]>("_dashboard:tables"),
  documents: query<DocumentPageArgs, DocumentPage>("_dashboard:documents"),
  updateDocument: mutation<UpdateDocumentArgs, DocumentRow>("_dashboard:updateDocument"),
  deleteDocument: mutation<DocumentKey, boolean>("_dashboard:deleteDocument"),
  auditLog: query<PageArgs, AuditPage>("_dashboard:auditLog"),
  functions: query<Record<string, never>, FunctionInfo[]>("_dashboard:functions"),
  impersonate: action<ImpersonateArgs, ImpersonationGrant>("_dashboard:impersonate"),
  queryAs: query<RunAsArgs, unknown>("_dashboard:queryAs"),
  runAs: action<RunAsArgs, unknown>("_dashboard:runAs"),
  log: query<LogArgs, FunctionCall[]>("_dashboard:log"),
  metrics: query<MetricsArgs, MetricsSample[]>("_dashboard:metrics"),
  jobs: query<JobsArgs, JobsPage>("_dashboard:jobs"),
  /** A failed job only: any other state answers CONFLICT (its message says the state). */
  retryJob: mutation<IdArgs, JobRow>("_dashboard:retryJob"),
  /** A pending job only: any other state answers CONFLICT (its message says the state). */
  cancelJob: mutation<IdArgs, JobRow>("_dashboard:cancelJob"),
  users: query<UsersArgs, UsersPage>("_dashboard:users"),
  /** The roles that may be given, e.g. ["user", "admin", "moderator"]. */
  roles: action<Record<string, never>, string[]>("_dashboard:roles"),
  // Actions (the accounts live outside the engine's transactions): call them with client.action. An admin changing
  // their own role or deactivating themselves gets CONFLICT.
  setRole: action<SetRoleArgs, AccountRow>("_dashboard:setRole"),
  deactivate: action<UserIdArgs, AccountRow>("_dashboard:deactivate"),
  reactivate: action<UserIdArgs, AccountRow>("_dashboard:reactivate"),
  files: query<FilesArgs, FilesPage>("_dashboard:files"),
  deleteFile: mutation<IdArgs, boolean>("_dashboard:deleteFile"),
};
