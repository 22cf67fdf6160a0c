import type { AuthorizationCodeSession } from "@dakarcafe/client";

/**
 * Finishes the sign-in the server sent the browser back from (`?code=&state=`, or `?error=`), then takes the answer
 * out of the address so that a reload does not replay it. Answers why it failed, or null.
 */
export async function finishSignIn(session: AuthorizationCodeSession): Promise<unknown> {
  const address = new URL(window.location.href);
  if (!address.searchParams.has("code") && !address.searchParams.has("error")) {
    return null;
  }

  let failure: unknown = null;
  try {
    await session.completeSignIn(address);
  } catch (error) {
    failure = error;
  }

  window.history.replaceState(null, "", address.pathname + address.hash);
  return failure;
}
