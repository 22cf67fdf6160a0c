import { createRequire } from "node:module";
import type { WebSocketConstructor } from "../src";

/** The `ws` package's WebSocket (SignalR's own choice on Node.js), passed to the client as a Node.js app would. */
export const nodeWebSocket = createRequire(import.meta.url)("ws") as WebSocketConstructor;
