import type { TestProject } from "vitest/node";
import { removeData, startServer } from "./serverProcess";
import { stockroom } from "./stockroom";

declare module "vitest" {
  export interface ProvidedContext {
    serverUrl: string;
  }
}

/** One stockroom server for the SDK's integration tests to share; stopped, and its data removed, at the end. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startServer(stockroom);
  project.provide("serverUrl", server.url);
  return async () => {
    await server.stop();
    removeData(server);
  };
}
