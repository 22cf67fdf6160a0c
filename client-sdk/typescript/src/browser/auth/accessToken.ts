/** An access token and when it expires (milliseconds since the epoch); the client replaces it on the live connection before then. */
export interface AccessToken {
  value: string;
  expiresAt?: number;
}

/**
 * Where a client gets its access tokens: at connect, before the current one expires, and when the server refuses
 * it. With `forceRefresh` the provider must not answer the token it gave last.
 */
export type AccessTokenProvider = (forceRefresh: boolean) => Promise<AccessToken | null>;
