// These tests run the SDK against the stockroom (tests/DakarCafe.SdkTestApp), a small app built for them on the
// engine's public packages: the SDK knows no app, and its tests use none of the shop's. They call its functions
// through its generated API (test/_generated, written by `dakarcafe codegen` there), whose `@dakarcafe/client`
// import resolves to this package's source here (test/tsconfig.json's paths, vitest.config.ts's alias).
export { api } from "./_generated/api";
export type * from "./_generated/types";
export { stockroomErrorCodes } from "./_generated/errors";
import type { AppServer } from "./serverProcess";

/** The accounts the stockroom makes at its first start (SampleStock.cs): one of staff, two shoppers. */
export const accounts = {
  staff: { email: "staff@stockroom.test", password: "Staff-Stockroom-2026" },
  ada: { email: "ada@stockroom.test", password: "Ada-Stockroom-2026" },
  bo: { email: "bo@stockroom.test", password: "Bo-Stockroom-2026" },
} as const;

/** The stockroom's server, for `startServer`. */
export const stockroom: AppServer = {
  folder: "tests/DakarCafe.SdkTestApp/Server",
  assembly: "DakarCafe.SdkTestApp.Server.dll",
  accounts: Object.values(accounts),
};
