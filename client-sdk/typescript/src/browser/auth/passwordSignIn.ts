import { DakarCafeError } from "../errors";
import type { ErrorInfo } from "../sync/protocol";
import type { AccessToken } from "./accessToken";
import { TokenSession, type SessionStorage } from "./tokenSession";

const appClientId = "dakarcafe-app";

/**
 * A session with a DakarCafé server's token endpoint: the password grant of the first-party app client, then the
 * rotating refresh token for every new access token. The refresh token is kept in `storage` when one is given, so
 * a reload stays signed in. Uses only `fetch`, so it runs in browsers and React Native alike.
 */
export class PasswordSession extends TokenSession {
  constructor(serverUrl: string, storage?: SessionStorage, storageKey = "dakarcafe.refreshToken") {
    super(serverUrl, appClientId, storage, storageKey);
  }

  /** Signs in; throws `AUTH_REQUIRED` when the email or password is refused. */
  async signIn(email: string, password: string): Promise<AccessToken> {
    const token = await this.signInWith({ grant_type: "password", username: email, password, scope: "offline_access email roles" });
    if (!token) {
      throw new DakarCafeError({ code: "AUTH_REQUIRED", message: "The email or password was refused." });
    }

    return token;
  }

  /**
   * Makes an account on the server (with its default role), then signs it in. Throws the server's refusal as a
   * `DakarCafeError`: `VALIDATION_ERROR` whose `data.field` names the field (`name`, `email`, `password`),
   * `EMAIL_TAKEN`, `RATE_LIMITED`, or `UNAVAILABLE` while its database is away.
   */
  async signUp(account: { name: string; email: string; password: string }): Promise<AccessToken> {
    const response = await fetch(new URL("/auth/sign-up", this.serverUrl), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(account),
    });
    if (!response.ok) {
      throw await refusal(response);
    }

    return this.signIn(account.email, account.password);
  }
}

/** The error a refused account request answered with (the server's `ErrorInfo` as JSON), or one naming its status. */
async function refusal(response: Response): Promise<DakarCafeError> {
  const body = (await response.json().catch(() => null)) as Partial<ErrorInfo> | null;
  return typeof body?.code === "string" && typeof body.message === "string"
    ? new DakarCafeError({ code: body.code, message: body.message, data: body.data ?? null, correlationId: body.correlationId ?? null })
    : new DakarCafeError({ code: "AUTH_UNAVAILABLE", message: `The account server answered ${response.status}.` });
}
