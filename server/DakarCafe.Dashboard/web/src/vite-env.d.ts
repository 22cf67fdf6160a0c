/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The server a development build talks to instead of the page's origin. */
  readonly VITE_DAKARCAFE_SERVER?: string;
}
