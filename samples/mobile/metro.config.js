// The SDK and the shop's generated API are linked from client-sdk/typescript and schema/typescript (file:). Metro must
// watch those folders, and React must come from this app for the SDK's hooks too (the SDK's own node_modules hold a
// copy for its tests): one React, or hooks break.
const { getDefaultConfig } = require("expo/metro-config");
const path = require("node:path");

const config = getDefaultConfig(__dirname);
config.watchFolders = ["../../client-sdk/typescript", "../../schema/typescript"].map((folder) => path.resolve(__dirname, folder));
const fromApp = path.join(__dirname, "index.ts");
const shared = ["react", "react-native"];
config.resolver.resolveRequest = (context, moduleName, platform) =>
  context.resolveRequest(
    shared.some((name) => moduleName === name || moduleName.startsWith(`${name}/`)) ? { ...context, originModulePath: fromApp } : context,
    moduleName,
    platform,
  );
module.exports = config;
