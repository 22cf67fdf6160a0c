export { DakarCafeProvider, useDakarCafeClient } from "./DakarCafeProvider";
export type { DakarCafeProviderProps } from "./DakarCafeProvider";
export { useQuery, useQueryResult } from "./useQuery";
export { useMutation } from "./useMutation";
export type { ReactMutation } from "./useMutation";
export { usePaginatedQuery } from "./usePaginatedQuery";
export type { Page, PageArgs, PaginatedQuery, PaginationStatus } from "./usePaginatedQuery";
export { useAuth } from "./useAuth";
export type { AuthState } from "./useAuth";
