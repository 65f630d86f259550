/**
 * The real Excel JavaScript runtime that Excel on the web loads (`excel-web-16.00.debug.js` from
 * @microsoft/office-js, with its OfficeExtension), run in a Node `vm` context of its own. Nothing in
 * it reaches Excel: a test gives each `Excel.RequestContext` a request executor (see harness.ts),
 * so every request body is built by Microsoft's own code, exactly as it would be sent.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";

export const RUNTIME_FILE = path.join(
  __dirname,
  "..",
  "..",
  "node_modules",
  "@microsoft",
  "office-js",
  "dist",
  "excel-web-16.00.debug.js",
);

/** What a request executor gets and answers (OfficeExtension's RequestExecutorRequestMessage / ResponseMessage). */
export interface RichApiRequest {
  Url: string;
  Headers: Record<string, string>;
  Body: { Actions: RichApiAction[]; ObjectPaths: Record<string, RichApiPath> };
}

export interface RichApiPath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
}

export interface RichApiAction {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
  QueryInfo?: { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number };
  L?: number[];
}

export interface RichApiResponse {
  ErrorCode: string;
  ErrorMessage?: string;
  HttpStatusCode: number;
  Headers: Record<string, string>;
  Body: {
    Results?: { ActionId: number; Value: unknown }[];
    Error?: { Code: string; Message: string; HttpStatusCode: number; Location?: string };
  } | null;
}

export interface RequestExecutor {
  executeAsync(customData: string, requestFlags: number, message: RichApiRequest): Promise<RichApiResponse>;
}

export interface ExcelRuntime {
  /** The runtime's `Excel` namespace (RequestContext, ErrorCodes, …). */
  Excel: typeof Excel & { RequestContext: new () => Excel.RequestContext };
  OfficeExtension: typeof OfficeExtension & {
    RichApiMessageUtility: {
      buildMessageArrayForIRequestExecutor(
        customData: string,
        requestFlags: number,
        message: RichApiRequest,
        sourceLibHeaderValue: string,
      ): unknown[];
    };
  };
}

let cached: ExcelRuntime | null = null;

/** Loads the runtime once per test file (about 0.2 s). */
export function loadRuntime(): ExcelRuntime {
  if (cached) return cached;
  const sandbox: Record<string, unknown> = {
    console: { log: () => undefined, warn: () => undefined, error: () => undefined, info: () => undefined },
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    navigator: { userAgent: "Mozilla/5.0 (Toteuma request harness)", language: "fi-FI" },
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(RUNTIME_FILE, "utf8"), sandbox, { filename: "excel-web-16.00.debug.js" });
  if (typeof sandbox.Excel !== "object" || typeof sandbox.OfficeExtension !== "object")
    throw new Error("excel-web-16.00.debug.js did not define Excel and OfficeExtension");
  cached = { Excel: sandbox.Excel, OfficeExtension: sandbox.OfficeExtension } as unknown as ExcelRuntime;
  return cached;
}
