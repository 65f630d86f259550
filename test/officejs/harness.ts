/**
 * Request sizes measured, not estimated: the product's Office.js code (src/excel) run against the
 * real Excel runtime (runtime.ts), whose `Excel.RequestContext` gets a request executor that
 * records every request body exactly as Office.js serialised it, and answers it from the Excel host
 * simulator: each RichApi request (object paths and actions) is replayed on the simulator's proxies
 * (`GetRangeByIndexes` → `getRangeByIndexes`, `Values` → `values`, …) and the results are sent back
 * in RichApi form ({Results: [{ActionId, Value}]}, PascalCase keys, `_Items` for collections), so the
 * product's code goes on as it would in Excel.
 *
 * Excel on the web refuses a request over 5 MB (RequestPayloadSizeLimitExceeded) and an answer
 * over 5 MB (ResponsePayloadSizeLimitExceeded): so does this executor, on the real sizes. Edit mode
 * (the simulator's setEditMode) is refused as Office.js reports it (InvalidOperationInCellEditMode).
 */
import type * as ExcelJS from "exceljs";
import { createSimulator, SimError, type Simulator } from "../simulator";
import type { RequestContext as SimContext } from "../simulator";
import { ClientResult, Collection, Proxy } from "../simulator/api";
import {
  loadRuntime,
  type RequestExecutor,
  type RichApiAction,
  type RichApiPath,
  type RichApiRequest,
  type RichApiResponse,
} from "./runtime";

export const LIMIT = 5 * 1024 * 1024;

export interface RecordedRequest {
  /** UTF-8 bytes of the request body as Office.js serialised it (JSON.stringify of its Body). */
  bytes: number;
  /** UTF-8 bytes of the message Office.js posts to the host (the body inside its message array). */
  postedBytes: number;
  /** UTF-8 bytes of the answer's body. */
  responseBytes: number;
  actions: number;
  /** The error code when the request was refused or failed. */
  error?: string;
  /** The request body's JSON, when the harness keeps bodies. */
  body?: string;
}

export interface Harness {
  /** Excel.run over the real runtime, answered by the simulator. */
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  requests: RecordedRequest[];
  /** The simulator holding the workbook (for assertions and for playing edit mode). */
  sim: Simulator;
  /** The last request body, parsed (for inspection in tests). */
  lastBody(): RichApiRequest["Body"] | null;
  reset(): void;
}

export interface HarnessOptions {
  requestLimit?: number;
  responseLimit?: number;
  /** Keep each request's JSON in `requests[i].body` (for looking into small cases). */
  keepBodies?: boolean;
}

const utf8 = (s: string): number => Buffer.byteLength(s, "utf8");
const camel = (name: string): string => (name ? name[0].toLowerCase() + name.slice(1) : name);

type AnyProxy = Proxy<unknown> & Record<string, unknown>;

/** Answers one RichApi request from the simulator. */
async function answer(sim: Simulator, body: RichApiRequest["Body"]): Promise<RichApiResponse> {
  const results: { ActionId: number; value: () => unknown }[] = [];
  try {
    await sim.Excel.run(async (ctx: SimContext) => {
      const made = new Map<number, AnyProxy>();
      const resolve = (id: number): AnyProxy => {
        const got = made.get(id);
        if (got) return got;
        const info: RichApiPath | undefined = body.ObjectPaths[String(id)];
        if (!info) throw new Error(`Harness: object path ${id} not sent`);
        const refs = info.ArgumentInfo?.ReferencedObjectPathIds ?? [];
        const args = (info.ArgumentInfo?.Arguments ?? []).map((a, i) =>
          typeof refs[i] === "number" && refs[i] !== 0 ? resolve(refs[i] as number) : a,
        );
        let p: AnyProxy;
        switch (info.ObjectPathType) {
          case 1:
            p = ctx.workbook as unknown as AnyProxy;
            break;
          case 3: {
            const parent = resolve(info.ParentObjectPathId as number);
            if (info.Name === "GetItemAt" && parent instanceof Collection)
              p = (parent as Collection<Proxy<unknown>, unknown, unknown>)._getItemAt(
                args[0] as number,
              ) as AnyProxy;
            else p = call(parent, info.Name, args) as AnyProxy;
            break;
          }
          case 4:
            p = member(resolve(info.ParentObjectPathId as number), info.Name) as AnyProxy;
            break;
          case 5:
            p = call(resolve(info.ParentObjectPathId as number), "GetItem", args) as AnyProxy;
            break;
          default:
            throw new Error(`Harness: object path type ${info.ObjectPathType} (${info.Name}) not supported`);
        }
        if (!(p instanceof Proxy)) throw new Error(`Harness: ${info.Name} gave no simulator object`);
        made.set(id, p);
        return p;
      };
      for (const a of body.Actions) act(a, resolve, results);
      await ctx.sync();
    });
  } catch (e) {
    const code = e instanceof SimError ? e.code : "GeneralException";
    const message = e instanceof Error ? e.message : String(e);
    if (!(e instanceof SimError)) throw e; // a gap in the harness or simulator, not Excel's answer
    if (code === "InvalidOperationInCellEditMode")
      return { ErrorCode: code, ErrorMessage: message, HttpStatusCode: 400, Headers: {}, Body: null };
    return {
      ErrorCode: "",
      HttpStatusCode: 200,
      Headers: {},
      Body: { Error: { Code: code, Message: message, HttpStatusCode: 400 } },
    };
  }
  return {
    ErrorCode: "",
    HttpStatusCode: 200,
    Headers: {},
    Body: { Results: results.map((r) => ({ ActionId: r.ActionId, Value: r.value() })) },
  };
}

function member(target: AnyProxy, name: string): unknown {
  const key = camel(name);
  if (!(key in target)) throw new Error(`Harness: the simulator has no ${target.constructor.name}.${key}`);
  return target[key];
}

function call(target: AnyProxy, name: string, args: unknown[]): unknown {
  const f = member(target, name);
  if (typeof f !== "function")
    throw new Error(`Harness: ${target.constructor.name}.${camel(name)} is not a method`);
  return (f as (...a: unknown[]) => unknown).apply(target, args);
}

function hasSetter(target: object, key: string): boolean {
  for (let o: object | null = target; o; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, key);
    if (d) return typeof d.set === "function";
  }
  return false;
}

const pascalKeys = (o: Record<string, unknown>, names: string[]): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const n of names) out[n[0].toUpperCase() + n.slice(1)] = o[n];
  return out;
};

function act(
  a: RichApiAction,
  resolve: (id: number) => AnyProxy,
  results: { ActionId: number; value: () => unknown }[],
): void {
  const args = a.ArgumentInfo?.Arguments ?? [];
  switch (a.ActionType) {
    case 1: {
      const p = resolve(a.ObjectPathId);
      // Excel answers an instantiation with the object's id where it has one (a worksheet), {} else.
      results.push({
        ActionId: a.Id,
        value: () => (p._t === null ? null : p._props().includes("id") ? { Id: p._read(p._t, "id") } : {}),
      });
      return;
    }
    case 2: {
      const p = resolve(a.ObjectPathId);
      const select = a.QueryInfo?.Select ?? [];
      if (a.QueryInfo?.Expand?.length) throw new Error("Harness: expanded queries are not supported");
      if (p instanceof Collection) {
        const c = p as Collection<Proxy<unknown>, unknown, unknown>;
        c.load(select.length ? select.map((s) => `items/${s}`) : "items");
        results.push({
          ActionId: a.Id,
          value: () => ({
            _Items: c.items.map((it) => pascalKeys(it._loaded, select.length ? select : it._props())),
          }),
        });
      } else {
        p.load(select.length ? select : undefined);
        results.push({
          ActionId: a.Id,
          value: () => (p._t === null ? null : pascalKeys(p._loaded, select.length ? select : p._props())),
        });
      }
      return;
    }
    case 3: {
      const r = call(resolve(a.ObjectPathId), a.Name, args);
      results.push({ ActionId: a.Id, value: () => (r instanceof ClientResult ? r.value : null) });
      return;
    }
    case 4: {
      const p = resolve(a.ObjectPathId);
      const key = camel(a.Name);
      if (!hasSetter(p, key))
        throw new Error(`Harness: the simulator cannot set ${p.constructor.name}.${key}`);
      p[key] = args[0];
      return;
    }
    case 5: // trace
      return;
    default:
      throw new Error(`Harness: action type ${a.ActionType} not supported`);
  }
}

/** A harness over `wb`: the real runtime's requests, recorded and answered from a simulator of `wb`. */
export function createHarness(wb: ExcelJS.Workbook, options: HarnessOptions = {}): Harness {
  const runtime = loadRuntime();
  // The simulator answers; the sizes that count are the real runtime's, so it need not count its own.
  const sim = createSimulator(wb, { requestLimit: Infinity, responseLimit: Infinity, countBytes: false });
  const requestLimit = options.requestLimit ?? LIMIT;
  const responseLimit = options.responseLimit ?? LIMIT;
  const requests: RecordedRequest[] = [];
  let last: string | null = null;

  const executor: RequestExecutor = {
    async executeAsync(customData, flags, message) {
      const text = JSON.stringify(message.Body);
      const posted = runtime.OfficeExtension.RichApiMessageUtility.buildMessageArrayForIRequestExecutor(
        customData,
        flags,
        message,
        "officejs",
      );
      const rec: RecordedRequest = {
        bytes: utf8(text),
        postedBytes: utf8(JSON.stringify(posted)),
        responseBytes: 0,
        actions: message.Body.Actions.length,
      };
      if (options.keepBodies) rec.body = text;
      requests.push(rec);
      last = text;
      const refuse = (code: string, what: string): RichApiResponse => {
        rec.error = code;
        return {
          ErrorCode: code,
          ErrorMessage: `The ${what} payload size has exceeded the limit.`,
          HttpStatusCode: 400,
          Headers: {},
          Body: null,
        };
      };
      if (rec.bytes > requestLimit) return refuse("RequestPayloadSizeLimitExceeded", "request");
      const response = await answer(sim, message.Body);
      if (response.ErrorCode) rec.error = response.ErrorCode;
      else if (response.Body?.Error) rec.error = response.Body.Error.Code;
      rec.responseBytes = response.Body ? utf8(JSON.stringify(response.Body)) : 0;
      if (rec.responseBytes > responseLimit) return refuse("ResponsePayloadSizeLimitExceeded", "response");
      return response;
    },
  };

  async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const context = new runtime.Excel.RequestContext();
    (context as unknown as { _requestExecutor: RequestExecutor })._requestExecutor = executor;
    const result = await batch(context);
    await context.sync();
    return result;
  }

  return {
    run,
    requests,
    sim,
    lastBody: () => (last === null ? null : JSON.parse(last)),
    reset: () => {
      requests.length = 0;
      sim.resetStats();
    },
  };
}
