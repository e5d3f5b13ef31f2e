/**
 * Stands in for the `debug` package in the deployed Dialogflow bundle (see esbuild.config.cjs).
 *
 * actions-on-google writes its own diagnostics through `debug`, which stays silent unless the
 * DEBUG variable names them; nothing in a deployed stage sets it, and the shop logs structured
 * JSON of its own. This stand-in is always silent and skips the package's terminal and colour
 * detection, about 1.5 ms of every Dialogflow cold start.
 */
interface QuietDebugger {
  (...args: unknown[]): void;
  enabled: boolean;
  namespace: string;
  log: (...args: unknown[]) => void;
}

function createDebug(namespace: string): QuietDebugger {
  const debug = (() => undefined) as unknown as QuietDebugger;
  debug.enabled = false;
  debug.namespace = namespace;
  debug.log = () => undefined;
  return debug;
}

export = createDebug;
