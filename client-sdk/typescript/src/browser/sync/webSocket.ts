/** A WebSocket constructor: the platform's (browsers, React Native), or the `ws` package's on Node.js. */
export type WebSocketConstructor = new (url: string, ...rest: never[]) => WebSocket;

const connecting = 0;

/**
 * The socket the client opens: `chosen`, else the platform's. On Node.js the platform's (from Node 22) takes no
 * headers, which SignalR sends the token in there, so Node.js keeps SignalR's own choice (`ws`) unless one is chosen.
 */
export function webSocketFor(chosen: WebSocketConstructor | undefined): WebSocketConstructor | undefined {
  if (chosen) {
    return chosen;
  }

  const platform = globalThis as { WebSocket?: WebSocketConstructor; process?: { versions?: { node?: string } } };
  return platform.process?.versions?.node ? undefined : platform.WebSocket;
}

/**
 * `base`, whose sockets give up a handshake still unanswered after `timeoutMs`. The sync connection is one WebSocket
 * request, and SignalR waits on its handshake for as long as the socket stays open (stopping the connection waits
 * too): a network that swallows it would hold a reconnect attempt forever. Closing a socket that is still connecting
 * fails it, which fails the attempt.
 */
export function handshakeLimited(base: WebSocketConstructor, timeoutMs: number): WebSocketConstructor {
  return class HandshakeLimitedWebSocket extends base {
    constructor(url: string, ...rest: never[]) {
      super(url, ...rest);
      const timer = setTimeout(() => {
        if (this.readyState === connecting) {
          this.close();
        }
      }, timeoutMs);
      const settled = (): void => clearTimeout(timer);
      this.addEventListener("open", settled);
      this.addEventListener("close", settled);
    }
  };
}
