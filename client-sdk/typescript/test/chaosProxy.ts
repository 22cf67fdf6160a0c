import { connect, createServer, type Server, type Socket } from "node:net";

/** Which way bytes travel through a `ChaosProxy`. */
export type ChaosDirection = "toServer" | "toClient";

/** A client's connection and the proxy's connection to the server for it. */
interface Link {
  client: Socket;
  server: Socket;
}

/**
 * A TCP proxy on 127.0.0.1 between the SDK and a real server that misbehaves on demand, as a mobile network does
 * (the twin of the .NET tests' `ChaosProxy`): it refuses new connections (each reset as soon as accepted), drops the
 * open ones (`reset`: RST, `close`: FIN), black-holes bytes one way or both (read and thrown away, with no FIN or
 * RST, so only a keep-alive notices) and delays them. `heal()` ends every fault; `stop()` closes everything.
 */
export class ChaosProxy {
  /** True to reset every new connection as soon as it is accepted. */
  refusing = false;
  /** The directions whose bytes are read and thrown away, on open and new connections alike. */
  readonly blackHole = new Set<ChaosDirection>();
  /** How long each chunk is held before it is passed on (chunks stay in order). */
  delayMs = 0;
  /** How many connections were forwarded so far (a reconnect shows as one more). */
  forwarded = 0;
  private readonly links = new Set<Link>();

  private constructor(
    private readonly listener: Server,
    readonly port: number,
  ) {}

  /** The proxy's address, to give the client instead of the server's. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts a proxy to the server listening on 127.0.0.1:`targetPort`. */
  static async to(targetPort: number): Promise<ChaosProxy> {
    const listener = createServer({ noDelay: true });
    const port = await new Promise<number>((resolve, reject) => {
      listener.once("error", reject);
      listener.listen(0, "127.0.0.1", () => resolve((listener.address() as { port: number }).port));
    });
    const proxy = new ChaosProxy(listener, port);
    listener.on("connection", (client) => proxy.accept(client, targetPort));
    return proxy;
  }

  /** Ends every open connection, with a reset or an orderly close; new ones are forwarded as before. */
  drop(how: "reset" | "close"): void {
    for (const link of this.links) {
      for (const socket of [link.client, link.server]) {
        if (how === "reset") {
          socket.resetAndDestroy();
        } else {
          socket.end();
        }
      }
    }

    this.links.clear();
  }

  /** Ends every fault: connections are accepted, bytes pass both ways at once. */
  heal(): void {
    this.refusing = false;
    this.blackHole.clear();
    this.delayMs = 0;
  }

  async stop(): Promise<void> {
    this.drop("reset");
    await new Promise<void>((resolve) => this.listener.close(() => resolve()));
  }

  private accept(client: Socket, targetPort: number): void {
    if (this.refusing) {
      client.resetAndDestroy();
      return;
    }

    const server = connect({ host: "127.0.0.1", port: targetPort, noDelay: true });
    const link = { client, server };
    this.links.add(link);
    this.forwarded++;
    this.pump(link, client, server, "toServer");
    this.pump(link, server, client, "toClient");
  }

  /** Copies one direction of a link, applying the faults of the moment to each chunk; a FIN passes unless black-holed. */
  private pump(link: Link, from: Socket, to: Socket, direction: ChaosDirection): void {
    let chain = Promise.resolve();
    const later = (deliver: () => void): void => {
      const delayMs = this.delayMs;
      chain = chain.then(() => (delayMs > 0 ? new Promise((resolve) => setTimeout(resolve, delayMs)) : undefined)).then(deliver);
    };
    from.on("data", (chunk) =>
      later(() => {
        if (!this.blackHole.has(direction) && !to.destroyed) {
          to.write(chunk);
        }
      }),
    );
    from.on("end", () =>
      later(() => {
        if (!this.blackHole.has(direction)) {
          to.end();
        }
      }),
    );
    // One end reset (or the server was down): the other end is reset too, as a middlebox would.
    from.on("error", () => {
      this.links.delete(link);
      to.resetAndDestroy();
    });
    from.on("close", () => {
      if (link.client.destroyed && link.server.destroyed) {
        this.links.delete(link);
      }
    });
  }
}
