/**
 * The Excel JavaScript API surface the add-in uses, over an exceljs workbook, with Office.js
 * semantics: every proxy method and property write is queued; nothing reaches the workbook before
 * context.sync(); a property read before load() + sync() throws PropertyNotLoaded; OrNullObject
 * methods give null objects whose isNullObject is known after a sync; a batch whose request or
 * response exceeds 5 MB is refused (Excel on the web's payload limit). No node-only imports here.
 */
import type * as ExcelJS from "exceljs";
import { boxA1, intersects, parseBox, qualified, type Box } from "../../src/excel/address";
import { utf8Length } from "../../src/excel/limits";
import {
  ERRORS,
  argb,
  isCovered,
  readCell,
  readFill,
  readFont,
  restyle,
  writeFormulaOrValue,
  writeValue,
} from "./cells";
import { evaluate } from "./formula";

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Office.js sends a 2-D array of more cells than this in chunks of rows (setRangePropertiesInBulk). */
const BULK_CELLS = 1500;
/**
 * Range.getMergedAreasOrNullObject "will fail to return the result" above this many merged areas
 * (its reference says so; the error code Excel gives is not documented, GeneralException here).
 */
export const MAX_MERGED_AREAS = 512;
const MAX_CELLS_READ = 5_000_000;

export class SimError extends Error {
  override name = "RichApi.Error";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface SimTable {
  name: string;
  ws: ExcelJS.Worksheet;
  box: Box;
  hasHeaders: boolean;
  style: string;
}

export interface BatchStat {
  /** Size in bytes (UTF-8) of the request Office.js would send for the batch (RichApi JSON). */
  bytes: number;
  /** Size in bytes of the JSON of the answer: what the batch's loads and methods returned. */
  responseBytes: number;
  /** Number of queued operations. */
  ops: number;
  /** The error code when Excel refused or failed the batch. */
  error?: string;
}

export interface SimState {
  wb: ExcelJS.Workbook;
  stats: { syncs: number; batches: BatchStat[] };
  activeSheet: string | null;
  selection: { sheet: string; address: string } | null;
  tables: SimTable[];
  limits: { request: number; response: number };
  /** True while a person is typing in a cell: Excel refuses every batch (InvalidOperationInCellEditMode). */
  editMode: boolean;
  /** False: requests are not built and counted (bytes 0); for a harness that measures them itself. */
  countBytes: boolean;
  hooks: {
    /** Runs before each sync reaches the workbook, with the sync's number (1, 2, …): someone typing meanwhile. */
    beforeSync?: (sync: number) => void;
    /** Sync `sync` fails with `code` after its first `afterOps` operations have run (a fault to recover from). */
    fail?: { sync: number; afterOps: number; code: string };
  };
}

export type Create<T> = { m: string; a?: unknown[]; orNull?: boolean; resolve: () => T | null } | T;

/**
 * The RichApi wire format Office.js sends (OfficeExtension's ClientRequest): object paths and
 * actions, names in PascalCase. The simulator builds each sync's request the same way, so that its
 * byte count is the one Excel's 5 MB request limit applies to (checked against the real runtime's
 * serialisation by test/officejs).
 */
export interface PathInfo {
  Id: number;
  /** 1 global object, 3 method, 4 property, 5 indexer. */
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[] };
}

export interface ActionInfo {
  Id: number;
  /** 1 instantiate, 2 query, 3 method, 4 set property. */
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[] };
  QueryInfo?: { Select: string[] };
  L?: number[];
}

interface Op {
  proxy: Proxy<unknown>;
  /** Null for the creation of `proxy` (sent as its instantiation). */
  action: ActionInfo | null;
  exec: () => void;
}

function pascal(name: string): string {
  return name.length === 0 ? name : name[0].toUpperCase() + name.slice(1);
}

/** Bytes one action result adds to a response beside its value: {"ActionId":123456,"Value":…}, */
const RESULT_BYTES = 28;

function notLoaded(prop: string): SimError {
  return new SimError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export class RequestContext {
  private queue: Op[] = [];
  private staged: (() => void)[] = [];
  private responseBytes = 0;
  private nextId = 1;
  private readonly proxies = new Map<number, Proxy<unknown>>();
  readonly workbook: Workbook;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(readonly st: SimState) {
    this.workbook = new Workbook(this, null, st.wb);
    this.op(this.workbook, null, () => undefined);
  }

  /** @internal */ id(): number {
    return this.nextId++;
  }

  /** @internal */ register(proxy: Proxy<unknown>): void {
    this.proxies.set(proxy._id, proxy);
  }

  /** @internal Queues an action (or, with `action` null, the creation of `proxy`). */
  op(proxy: Proxy<unknown>, action: Omit<ActionInfo, "Id" | "ObjectPathId"> | null, exec: () => void): void {
    this.queue.push({
      proxy,
      action: action ? { Id: this.id(), ...action, ObjectPathId: proxy._id } : null,
      exec,
    });
  }

  /**
   * @internal The older, compact form of an operation: {i, m, a} (method), {i, s, v} (set),
   * {i, l} (load), {i, p, m, a} (creation). Kept for simulator classes written against it.
   */
  enqueue(json: unknown, exec: () => void): void {
    const j = json as {
      i: number;
      p?: number;
      m?: string;
      a?: unknown[];
      s?: string;
      v?: unknown;
      l?: string[];
    };
    const proxy = this.proxies.get(j.i);
    if (!proxy) throw new Error(`Simulator: no proxy ${j.i}`);
    if (j.p !== undefined) this.queue.push({ proxy, action: null, exec });
    else if (j.s !== undefined)
      this.op(proxy, { ActionType: 4, Name: pascal(j.s), ArgumentInfo: { Arguments: [j.v] } }, exec);
    else if (j.l !== undefined) this.op(proxy, { ActionType: 2, Name: "", QueryInfo: { Select: j.l } }, exec);
    else
      this.op(
        proxy,
        { ActionType: 3, Name: pascal(j.m ?? ""), ArgumentInfo: { Arguments: j.a ?? [] } },
        exec,
      );
  }

  /** @internal */ stage(result: unknown, commit: () => void): void {
    this.responseBytes += utf8Length(JSON.stringify(result ?? null)) + RESULT_BYTES;
    this.staged.push(commit);
  }

  get pending(): number {
    return this.queue.length;
  }

  /**
   * The request Office.js would send for these operations: every object used is instantiated once
   * (its parents first), its path sent with it; each path's id listed ("L") on the last action that
   * uses it, as OfficeExtension's early dispose does.
   */
  private wire(ops: Op[]): { body: unknown; instantiations: number } {
    const paths: Record<number, PathInfo> = {};
    const actions: ActionInfo[] = [];
    const owners: Proxy<unknown>[] = [];
    const done = new Set<number>();
    const ensure = (p: Proxy<unknown>): void => {
      if (done.has(p._id)) return;
      done.add(p._id);
      if (p._parent) ensure(p._parent);
      for (const a of p._args) ensure(a);
      paths[p._id] = p._path;
      actions.push({ Id: this.id(), ActionType: 1, Name: "", ObjectPathId: p._id });
      owners.push(p);
    };
    for (const op of ops) {
      // Office.js instantiates an object where it is made, and again in each later request using it.
      ensure(op.proxy);
      if (op.action === null) continue;
      actions.push(op.action);
      owners.push(op.proxy);
    }
    // Excel answers each instantiation: {} or null, a worksheet with its id ({"Id":"{…}"}).
    let instantiations = 0;
    actions.forEach((a, k) => {
      if (a.ActionType === 1)
        instantiations += RESULT_BYTES + 2 + (owners[k]._props().includes("id") ? 45 : 0);
    });
    const last = new Map<number, ActionInfo>();
    const mark = (p: Proxy<unknown> | null, a: ActionInfo): void => {
      for (; p && !last.has(p._id); p = p._parent) {
        last.set(p._id, a);
        for (const arg of p._args) mark(arg, a);
      }
    };
    for (let k = actions.length - 1; k >= 0; k--) mark(owners[k], actions[k]);
    for (const [id, a] of last) (a.L ??= []).push(id);
    return { body: { Actions: actions, ObjectPaths: paths }, instantiations };
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.staged = [];
    this.responseBytes = 0;
    const { body, instantiations } = this.st.countBytes ? this.wire(ops) : { body: null, instantiations: 0 };
    const bytes = this.st.countBytes ? utf8Length(JSON.stringify(body)) : 0;
    const stat: BatchStat = { bytes, responseBytes: 0, ops: ops.length };
    this.st.stats.syncs++;
    this.st.stats.batches.push(stat);
    await new Promise((r) => setTimeout(r, 0));
    this.st.hooks.beforeSync?.(this.st.stats.syncs);
    if (this.st.editMode) {
      stat.error = "InvalidOperationInCellEditMode";
      throw new SimError(
        "InvalidOperationInCellEditMode",
        "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
      );
    }
    if (bytes > this.st.limits.request) {
      stat.error = "RequestPayloadSizeLimitExceeded";
      throw new SimError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit.",
      );
    }
    const fail = this.st.hooks.fail?.sync === this.st.stats.syncs ? this.st.hooks.fail : null;
    try {
      ops.forEach((op, k) => {
        if (fail && k === fail.afterOps) throw new SimError(fail.code, `Injected failure (${fail.code}).`);
        // Office.js sends an object's path with every request using it: an object whose making was
        // in a batch Excel refused is found where it is used next.
        op.proxy._ensureMade();
        op.exec();
      });
      if (fail && ops.length <= fail.afterOps)
        throw new SimError(fail.code, `Injected failure (${fail.code}).`);
    } catch (e) {
      stat.error = e instanceof SimError ? e.code : "GeneralException";
      throw e;
    }
    this.responseBytes += instantiations;
    stat.responseBytes = this.responseBytes;
    if (this.responseBytes > this.st.limits.response) {
      stat.error = "ResponsePayloadSizeLimitExceeded";
      throw new SimError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit.",
      );
    }
    for (const c of this.staged) c();
    this.staged = [];
  }
}

/** Base of every proxy: an id, a target resolved when its creating operation runs, loaded values. */
export abstract class Proxy<T> {
  readonly _id: number;
  _t: T | null = null;
  _loaded: Record<string, unknown> = {};
  /** The object path Office.js would send for this proxy, and the proxy it hangs from. */
  _path: PathInfo;
  _parent: Proxy<unknown> | null;
  /** Proxies passed as arguments to the method that made this one (sent before it). */
  _args: Proxy<unknown>[] = [];
  /** Finds the target (when the making operation runs); null once found, or for a direct target. */
  _make: (() => void) | null = null;

  /** Finds the target of this proxy, its parents' and its arguments' first, if not found yet. */
  _ensureMade(): void {
    if (this._make === null) return;
    this._parent?._ensureMade();
    for (const a of this._args) a._ensureMade();
    const make = this._make;
    make();
    this._make = null;
  }

  constructor(
    readonly _ctx: RequestContext,
    parent: Proxy<unknown> | null,
    create: Create<T>,
  ) {
    this._id = _ctx.id();
    this._parent = parent;
    _ctx.register(this);
    if (
      create &&
      typeof create === "object" &&
      "resolve" in (create as object) &&
      "m" in (create as object)
    ) {
      const c = create as { m: string; a?: unknown[]; orNull?: boolean; resolve: () => T | null };
      this._path = pathOf(this._id, parent, c.m, c.a);
      this._args = (c.a ?? []).filter((x): x is Proxy<unknown> => x instanceof Proxy);
      this._make = (): void => {
        const parentNull = parent !== null && parent._t === null;
        const t = parentNull ? null : c.resolve();
        if (t === null && !parentNull && !c.orNull)
          throw new SimError(
            "ItemNotFound",
            `The requested resource doesn't exist (${c.m} ${JSON.stringify(c.a)}).`,
          );
        this._t = t;
        this._loaded.isNullObject = t === null;
        if (t !== null) this._created(t);
      };
      _ctx.op(this, null, () => undefined);
    } else {
      this._t = create as T;
      this._loaded.isNullObject = false;
      this._path =
        parent === null
          ? { Id: this._id, ObjectPathType: 1, Name: "" }
          : { Id: this._id, ObjectPathType: 4, Name: this._wireName(), ParentObjectPathId: parent._id };
      // Made under a parent (the worksheets collection): instantiated where it is made.
      if (parent !== null) _ctx.op(this, null, () => undefined);
    }
  }

  /** The property name Office.js uses for a proxy made directly under its parent (e.g. "Worksheets"). */
  _wireName(): string {
    return "";
  }

  /** Called when the target is found; a worksheet then goes by its id, as Office.js does. */
  _created(_t: T): void {}

  /** An item of a loaded collection: Office.js reaches it as collection.GetItemAt(index). */
  _asItem(collection: Proxy<unknown>, index: number): void {
    this._parent = collection;
    this._path = {
      Id: this._id,
      ObjectPathType: 3,
      Name: "GetItemAt",
      ParentObjectPathId: collection._id,
      ArgumentInfo: { Arguments: [index] },
    };
  }

  /** The request context this object belongs to, as on every Office.js proxy. */
  get context(): RequestContext {
    return this._ctx;
  }

  get isNullObject(): boolean {
    return this._get("isNullObject") as boolean;
  }

  _get(prop: string): unknown {
    if (!(prop in this._loaded)) throw notLoaded(prop);
    return this._loaded[prop];
  }

  /** Queues an action on the target (skipped on a null object, as Excel does). */
  _act(m: string, a: unknown[], run: (t: T) => void): void {
    this._ctx.op(this, { ActionType: 3, Name: pascal(m), ArgumentInfo: { Arguments: a } }, () => {
      if (this._t !== null) run(this._t);
    });
  }

  _set(prop: string, value: unknown, run: (t: T) => void): void {
    this._loaded[prop] = value;
    this._ctx.op(this, { ActionType: 4, Name: pascal(prop), ArgumentInfo: { Arguments: [value] } }, () => {
      if (this._t !== null) run(this._t);
    });
  }

  /** The properties this proxy can load, computed from the target. */
  abstract _read(t: T, prop: string): unknown;
  abstract _props(): string[];

  load(spec?: string | string[] | { select?: string }): this {
    const names = parseLoad(spec);
    const own = names.filter((n) => !n.includes("/"));
    const nested = names.filter((n) => n.includes("/"));
    const props = own.length === 0 && nested.length === 0 ? this._props() : own;
    this._ctx.op(this, { ActionType: 2, Name: "", QueryInfo: { Select: names } }, () => {
      const t = this._t;
      const result: Record<string, unknown> = {};
      for (const p of props) {
        if (p === "isNullObject") continue;
        if (!this._props().includes(p)) throw new SimError("InvalidArgument", `Cannot load property '${p}'.`);
        result[p] = t === null ? null : this._read(t, p);
      }
      const commitNested = this._loadNested(t, nested, result);
      this._ctx.stage(t === null ? null : result, () => {
        for (const p of props) this._loaded[p] = result[p];
        commitNested();
      });
    });
    return this;
  }

  /** Collections override this for "items/name". */
  _loadNested(_t: T | null, nested: string[], _result: Record<string, unknown>): () => void {
    if (nested.length)
      throw new SimError("InvalidArgument", `Navigation load not supported: ${nested.join(",")}`);
    return () => undefined;
  }

  toJSON(): Record<string, unknown> {
    return { ...this._loaded };
  }
}

/**
 * The object path of a proxy made by `m` on its parent: an indexer (getItem), a method or a property.
 * An argument that is itself a proxy goes by its path id, listed in ReferencedObjectPathIds.
 */
function pathOf(id: number, parent: Proxy<unknown> | null, m: string, a: unknown[] | undefined): PathInfo {
  const parentId = parent?._id ?? 0;
  if (m === "getItem")
    return {
      Id: id,
      ObjectPathType: 5,
      Name: "",
      ParentObjectPathId: parentId,
      ArgumentInfo: { Arguments: a ?? [] },
    };
  if (a === undefined) return { Id: id, ObjectPathType: 4, Name: pascal(m), ParentObjectPathId: parentId };
  const refs = a.map((x) => (x instanceof Proxy ? x._id : 0));
  const info: PathInfo = {
    Id: id,
    ObjectPathType: 3,
    Name: pascal(m),
    ParentObjectPathId: parentId,
    ArgumentInfo: { Arguments: a.map((x) => (x instanceof Proxy ? x._id : x)) },
  };
  if (refs.some((r) => r !== 0))
    (info.ArgumentInfo as { ReferencedObjectPathIds?: number[] }).ReferencedObjectPathIds = refs;
  return info;
}

function parseLoad(spec?: string | string[] | { select?: string }): string[] {
  if (spec === undefined) return [];
  const s = typeof spec === "string" ? spec : Array.isArray(spec) ? spec.join(",") : (spec.select ?? "");
  return s
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);
}

/** A collection of proxies of type P over targets of type U. */
export abstract class Collection<P extends Proxy<U>, U, T> extends Proxy<T> {
  _items: P[] | null = null;
  abstract _list(t: T): U[];
  abstract _wrap(u: U): P;

  get items(): P[] {
    if (this._items === null) throw notLoaded("items");
    return this._items;
  }

  override _read(t: T, prop: string): unknown {
    if (prop === "count") return this._list(t).length;
    return undefined;
  }

  override _props(): string[] {
    return ["count"];
  }

  /** The item at `index`, found when the operation runs (Office.js's GetItemAt). */
  _getItemAt(index: number): P {
    const item = this._wrap(undefined as unknown as U);
    item._t = null;
    delete item._loaded.isNullObject;
    item._asItem(this, index);
    item._make = (): void => {
      const list = this._t === null ? [] : this._list(this._t);
      if (index < 0 || index >= list.length)
        throw new SimError("ItemNotFound", `The requested resource doesn't exist (item ${index}).`);
      item._t = list[index];
      item._loaded.isNullObject = false;
    };
    this._ctx.op(item, null, () => undefined);
    return item;
  }

  override load(spec?: string | string[] | { select?: string }): this {
    const names = parseLoad(spec);
    // "items" alone loads every scalar property of the items.
    const mapped = names.map((n) => (n === "items" ? "items/*" : n));
    const nonItems = mapped.filter((n) => !n.startsWith("items"));
    const itemProps = mapped.filter((n) => n.startsWith("items/")).map((n) => n.slice("items/".length));
    const all = itemProps.includes("*") || names.length === 0;
    const select = [...nonItems, ...itemProps.filter((p) => p !== "*")];
    this._ctx.op(this, { ActionType: 2, Name: "", QueryInfo: { Select: select } }, () => {
      const list = this._t === null ? [] : this._list(this._t);
      const wrapped = list.map((u) => this._wrap(u));
      wrapped.forEach((w, k) => w._asItem(this, k));
      const result = wrapped.map((w) => {
        const props = all ? w._props() : itemProps;
        const o: Record<string, unknown> = {};
        for (const p of props) {
          if (!w._props().includes(p)) throw new SimError("InvalidArgument", `Cannot load property '${p}'.`);
          o[p] = w._read(w._t as U, p);
        }
        return o;
      });
      const own: Record<string, unknown> = {};
      for (const p of nonItems) own[p] = this._t === null ? null : this._read(this._t, p);
      // As Office.js answers: the collection's own properties beside "_Items".
      this._ctx.stage({ ...own, _Items: result }, () => {
        wrapped.forEach((w, k) => Object.assign(w._loaded, result[k]));
        this._items = wrapped;
        Object.assign(this._loaded, own);
      });
    });
    return this;
  }
}

// ---------------------------------------------------------------------------------------------
// Workbook, application, worksheets

/** Excel's worksheet id: a GUID in braces (38 characters), here made from exceljs's sheet id. */
export function sheetId(ws: ExcelJS.Worksheet): string {
  return `{00000000-0001-0000-0000-${String(ws.id).padStart(12, "0")}}`;
}

/** A sheet by name (case ignored, as Excel does) or by id. */
function findSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | null {
  const lower = name.toLowerCase();
  return wb.worksheets.find((w) => w.name.toLowerCase() === lower || sheetId(w) === name) ?? null;
}

function visibilityOf(ws: ExcelJS.Worksheet): string {
  return ws.state === "veryHidden" ? "VeryHidden" : ws.state === "hidden" ? "Hidden" : "Visible";
}

export class Workbook extends Proxy<ExcelJS.Workbook> {
  private _worksheets?: WorksheetCollection;
  private _application?: Application;

  get worksheets(): WorksheetCollection {
    return (this._worksheets ??= new WorksheetCollection(this._ctx, this, this._t as ExcelJS.Workbook));
  }

  get application(): Application {
    return (this._application ??= new Application(this._ctx, this, this._t as ExcelJS.Workbook));
  }

  get name(): string {
    return this._get("name") as string;
  }

  override _props(): string[] {
    return ["name"];
  }

  override _read(t: ExcelJS.Workbook, prop: string): unknown {
    if (prop === "name") return (t as unknown as { title?: string }).title || "Workbook";
    return undefined;
  }

  getSelectedRange(): Range {
    const st = this._ctx.st;
    return new Range(this._ctx, this, {
      m: "getSelectedRange",
      resolve: () => {
        const sel = st.selection ?? (st.activeSheet ? { sheet: st.activeSheet, address: "A1" } : null);
        const ws = sel ? findSheet(st.wb, sel.sheet) : firstVisible(st.wb);
        if (!ws) return null;
        return { ws, box: parseBox(sel?.address ?? "A1") as Box };
      },
    });
  }

  getActiveCell(): Range {
    return this.getSelectedRange();
  }
}

function firstVisible(wb: ExcelJS.Workbook): ExcelJS.Worksheet | null {
  return wb.worksheets.find((w) => visibilityOf(w) === "Visible") ?? null;
}

export class Application extends Proxy<ExcelJS.Workbook> {
  constructor(ctx: RequestContext, parent: Proxy<unknown>, wb: ExcelJS.Workbook) {
    super(ctx, parent, wb);
  }
  override _wireName(): string {
    return "Application";
  }
  get calculationMode(): string {
    return this._get("calculationMode") as string;
  }
  override _props(): string[] {
    return ["calculationMode"];
  }
  override _read(): unknown {
    return "Automatic";
  }
  suspendApiCalculationUntilNextSync(): void {
    this._act("suspendApiCalculationUntilNextSync", [], () => undefined);
  }
  calculate(type: string): void {
    this._act("calculate", [type], () => undefined);
  }
}

export class WorksheetCollection extends Collection<Worksheet, ExcelJS.Worksheet, ExcelJS.Workbook> {
  constructor(ctx: RequestContext, parent: Proxy<unknown>, wb: ExcelJS.Workbook) {
    super(ctx, parent, wb);
  }
  override _wireName(): string {
    return "Worksheets";
  }

  override _list(t: ExcelJS.Workbook): ExcelJS.Worksheet[] {
    return t.worksheets;
  }

  override _wrap(u: ExcelJS.Worksheet): Worksheet {
    return new Worksheet(this._ctx, null, u);
  }

  getItem(key: string): Worksheet {
    return new Worksheet(this._ctx, this, {
      m: "getItem",
      a: [key],
      resolve: () => findSheet(this._ctx.st.wb, key),
    });
  }

  getItemOrNullObject(key: string): Worksheet {
    return new Worksheet(this._ctx, this, {
      m: "getItemOrNullObject",
      a: [key],
      orNull: true,
      resolve: () => findSheet(this._ctx.st.wb, key),
    });
  }

  getActiveWorksheet(): Worksheet {
    const st = this._ctx.st;
    return new Worksheet(this._ctx, this, {
      m: "getActiveWorksheet",
      resolve: () => (st.activeSheet ? findSheet(st.wb, st.activeSheet) : null) ?? firstVisible(st.wb),
    });
  }

  add(name?: string): Worksheet {
    const st = this._ctx.st;
    return new Worksheet(this._ctx, this, {
      m: "add",
      a: [name ?? null],
      resolve: () => {
        let n = name;
        if (!n) {
          let k = st.wb.worksheets.length + 1;
          while (findSheet(st.wb, `Sheet${k}`)) k++;
          n = `Sheet${k}`;
        }
        if (findSheet(st.wb, n))
          throw new SimError("ItemAlreadyExists", `A worksheet with the name '${n}' already exists.`);
        if (n.length > 31 || /[\\/?*[\]:]/.test(n))
          throw new SimError("InvalidArgument", `Invalid sheet name '${n}'.`);
        return st.wb.addWorksheet(n);
      },
    });
  }
}

/** True when the sheet is protected (exceljs keeps `<sheetProtection sheet="1">` as `sheetProtection.sheet`). */
export function isProtected(ws: ExcelJS.Worksheet): boolean {
  const p = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  return !!p && p.sheet === true;
}

export class Worksheet extends Proxy<ExcelJS.Worksheet> {
  private _tables?: TableCollection;
  private _freezePanes?: FreezePanes;
  private _protection?: WorksheetProtection;

  get protection(): WorksheetProtection {
    return (this._protection ??= new WorksheetProtection(this._ctx, this));
  }

  /** Found by name (getItem, add): Office.js then reaches it by its id (Excel answers with it). */
  override _created(ws: ExcelJS.Worksheet): void {
    if (this._parent instanceof WorksheetCollection)
      this._path = {
        Id: this._id,
        ObjectPathType: 5,
        Name: "",
        ParentObjectPathId: this._parent._id,
        ArgumentInfo: { Arguments: [sheetId(ws)] },
      };
  }

  get tables(): TableCollection {
    return (this._tables ??= new TableCollection(this._ctx, this));
  }

  get freezePanes(): FreezePanes {
    return (this._freezePanes ??= new FreezePanes(this._ctx, this));
  }

  get name(): string {
    return this._get("name") as string;
  }
  set name(v: string) {
    this._set("name", v, (ws) => {
      const other = findSheet(this._ctx.st.wb, v);
      if (other && other !== ws) throw new SimError("ItemAlreadyExists", `A worksheet named '${v}' exists.`);
      if (this._ctx.st.activeSheet === ws.name) this._ctx.st.activeSheet = v;
      ws.name = v;
    });
  }
  get visibility(): string {
    return this._get("visibility") as string;
  }
  set visibility(v: string) {
    this._set("visibility", v, (ws) => {
      const state =
        v === "VeryHidden" ? "veryHidden" : v === "Hidden" ? "hidden" : v === "Visible" ? "visible" : null;
      if (!state) throw new SimError("InvalidArgument", `Invalid visibility '${v}'.`);
      if (state !== "visible") {
        const others = this._ctx.st.wb.worksheets.filter((w) => w !== ws && visibilityOf(w) === "Visible");
        if (others.length === 0)
          throw new SimError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      ws.state = state;
    });
  }
  get position(): number {
    return this._get("position") as number;
  }
  get id(): string {
    return this._get("id") as string;
  }

  override _props(): string[] {
    return ["name", "visibility", "position", "id"];
  }

  override _read(t: ExcelJS.Worksheet, prop: string): unknown {
    switch (prop) {
      case "name":
        return t.name;
      case "visibility":
        return visibilityOf(t);
      case "position":
        return this._ctx.st.wb.worksheets.indexOf(t);
      case "id":
        return sheetId(t);
    }
    return undefined;
  }

  getRange(address?: string): Range {
    return new Range(this._ctx, this, {
      m: "getRange",
      a: [address ?? ""],
      resolve: () => {
        const ws = this._t as ExcelJS.Worksheet;
        const box = address ? parseBox(address) : { top: 1, left: 1, bottom: 1048576, right: 16384 };
        if (!box) throw new SimError("InvalidArgument", `Invalid address '${address}'.`);
        return { ws, box };
      },
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return new Range(this._ctx, this, {
      m: "getRangeByIndexes",
      a: [startRow, startColumn, rowCount, columnCount],
      resolve: () => {
        if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1)
          throw new SimError(
            "InvalidArgument",
            "The argument is invalid or missing or has an incorrect format.",
          );
        const box = {
          top: startRow + 1,
          left: startColumn + 1,
          bottom: startRow + rowCount,
          right: startColumn + columnCount,
        };
        if (box.bottom > 1048576 || box.right > 16384)
          throw new SimError("InvalidArgument", "Range outside the sheet.");
        return { ws: this._t as ExcelJS.Worksheet, box };
      },
    });
  }

  getUsedRange(valuesOnly?: boolean): Range {
    return new Range(this._ctx, this, {
      m: "getUsedRange",
      a: [!!valuesOnly],
      resolve: () => {
        const ws = this._t as ExcelJS.Worksheet;
        return { ws, box: usedBox(ws, !!valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 } };
      },
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return new Range(this._ctx, this, {
      m: "getUsedRangeOrNullObject",
      a: [!!valuesOnly],
      orNull: true,
      resolve: () => {
        const ws = this._t as ExcelJS.Worksheet;
        const box = usedBox(ws, !!valuesOnly);
        return box ? { ws, box } : null;
      },
    });
  }

  activate(): void {
    this._act("activate", [], (ws) => {
      if (visibilityOf(ws) !== "Visible")
        throw new SimError("InvalidOperation", "Cannot activate a hidden sheet.");
      const st = this._ctx.st;
      st.activeSheet = ws.name;
      if (!st.selection || st.selection.sheet !== ws.name) st.selection = { sheet: ws.name, address: "A1" };
    });
  }

  delete(): void {
    this._act("delete", [], (ws) => {
      const st = this._ctx.st;
      const visibleLeft = st.wb.worksheets.filter((w) => w !== ws && visibilityOf(w) === "Visible");
      if (visibleLeft.length === 0)
        throw new SimError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      st.tables = st.tables.filter((t) => t.ws !== ws);
      if (st.activeSheet === ws.name) st.activeSheet = visibleLeft[0].name;
      if (st.selection?.sheet === ws.name) st.selection = { sheet: visibleLeft[0].name, address: "A1" };
      st.wb.removeWorksheet(ws.id);
    });
  }
}

/** The used area: cells with a value (and, unless valuesOnly, cells with a fill or number format). */
export function usedBox(ws: ExcelJS.Worksheet, valuesOnly: boolean): Box | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  const rows = (ws as unknown as { _rows: (ExcelJS.Row | undefined)[] })._rows ?? [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    const cells = (row as unknown as { _cells: (ExcelJS.Cell | undefined)[] })._cells ?? [];
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (!cell) continue;
      const v = isCovered(cell) ? null : cell.value;
      let used = v !== null && v !== undefined && v !== "";
      if (!used && !valuesOnly) {
        const s = cell.style ?? {};
        used = !!(
          s.fill &&
          (s.fill as ExcelJS.FillPattern).pattern &&
          (s.fill as ExcelJS.FillPattern).pattern !== "none"
        );
      }
      if (!used) continue;
      top = Math.min(top, r + 1);
      bottom = Math.max(bottom, r + 1);
      left = Math.min(left, c + 1);
      right = Math.max(right, c + 1);
    }
  }
  return bottom === 0 ? null : { top, left, bottom, right };
}

// ---------------------------------------------------------------------------------------------
// Ranges

export interface RangeTarget {
  ws: ExcelJS.Worksheet;
  box: Box;
}

function cellsOf(t: RangeTarget): number {
  return (t.box.bottom - t.box.top + 1) * (t.box.right - t.box.left + 1);
}

function grid<V>(t: RangeTarget, f: (cell: ExcelJS.Cell | undefined, row: number, col: number) => V): V[][] {
  if (cellsOf(t) > MAX_CELLS_READ)
    throw new SimError(
      "RangeExceedsLimit",
      "The number of cells in the range has exceeded the maximum supported number.",
    );
  const out: V[][] = [];
  for (let r = t.box.top; r <= t.box.bottom; r++) {
    const row = t.ws.findRow(r);
    const line: V[] = [];
    for (let c = t.box.left; c <= t.box.right; c++) line.push(f(row?.findCell(c), r, c));
    out.push(line);
  }
  return out;
}

/**
 * Excel refuses to change a locked cell of a protected sheet (cells are locked unless their format
 * says otherwise): "AccessDenied", and nothing of the operation happens.
 */
function guardProtected(t: RangeTarget): void {
  if (!isProtected(t.ws)) return;
  const denied = new SimError("AccessDenied", "You cannot perform the requested operation.");
  if ((t.box.bottom - t.box.top + 1) * (t.box.right - t.box.left + 1) > 1_000_000) throw denied;
  for (let r = t.box.top; r <= t.box.bottom; r++)
    for (let c = t.box.left; c <= t.box.right; c++)
      if (t.ws.findCell(r, c)?.protection?.locked !== false) throw denied;
}

/** Applies a value or a 2-D array to every cell of the range, as Excel's setters do. */
function eachInput(t: RangeTarget, input: unknown, f: (cell: ExcelJS.Cell, v: unknown) => void): void {
  guardProtected(t);
  const rows = t.box.bottom - t.box.top + 1;
  const cols = t.box.right - t.box.left + 1;
  const is2d = Array.isArray(input);
  if (is2d) {
    const arr = input as unknown[][];
    if (arr.length !== rows || arr.some((line) => !Array.isArray(line) || line.length !== cols))
      throw new SimError(
        "InvalidArgument",
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      );
  } else if (rows * cols > MAX_CELLS_READ) throw new SimError("RangeExceedsLimit", "Too many cells.");
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const v = is2d ? (input as unknown[][])[r][c] : input;
      f(t.ws.getCell(t.box.top + r, t.box.left + c), v);
    }
}

export class Range extends Proxy<RangeTarget> {
  private _format?: RangeFormat;

  get format(): RangeFormat {
    return (this._format ??= new RangeFormat(this._ctx, this));
  }

  get values(): unknown[][] {
    return this._get("values") as unknown[][];
  }
  set values(v: unknown[][]) {
    this._setArray("values", v, (t, part) =>
      eachInput(t, part, (cell, x) => writeValue(cell, x, (f) => evaluate(t.ws, f))),
    );
  }
  get formulas(): unknown[][] {
    return this._get("formulas") as unknown[][];
  }
  set formulas(v: unknown[][]) {
    this._setArray("formulas", v, (t, part) =>
      eachInput(t, part, (cell, x) => writeFormulaOrValue(cell, x, (f) => evaluate(t.ws, f))),
    );
  }
  get numberFormat(): unknown[][] {
    return this._get("numberFormat") as unknown[][];
  }
  set numberFormat(v: unknown[][]) {
    this._setArray("numberFormat", v, (t, part) =>
      eachInput(t, part, (cell, x) => {
        if (x === null || x === undefined) return;
        restyle(cell, (s) => {
          s.numFmt = String(x) === "General" ? undefined : String(x);
        });
      }),
    );
  }
  get text(): string[][] {
    return this._get("text") as string[][];
  }
  get valueTypes(): string[][] {
    return this._get("valueTypes") as string[][];
  }
  get address(): string {
    return this._get("address") as string;
  }
  get rowCount(): number {
    return this._get("rowCount") as number;
  }
  get columnCount(): number {
    return this._get("columnCount") as number;
  }
  get rowIndex(): number {
    return this._get("rowIndex") as number;
  }
  get columnIndex(): number {
    return this._get("columnIndex") as number;
  }
  get cellCount(): number {
    return this._get("cellCount") as number;
  }

  override _props(): string[] {
    return [
      "values",
      "text",
      "formulas",
      "numberFormat",
      "valueTypes",
      "address",
      "rowCount",
      "columnCount",
      "rowIndex",
      "columnIndex",
      "cellCount",
    ];
  }

  override _read(t: RangeTarget, prop: string): unknown {
    switch (prop) {
      case "values":
        return grid(t, (c) => readCell(c).value);
      case "text":
        return grid(t, (c) => readCell(c).text);
      case "formulas":
        return grid(t, (c) => readCell(c).formula);
      case "numberFormat":
        return grid(t, (c) => readCell(c).numberFormat);
      case "valueTypes":
        return grid(t, (c) => readCell(c).valueType);
      case "address":
        return qualified(t.ws.name, t.box);
      case "rowCount":
        return t.box.bottom - t.box.top + 1;
      case "columnCount":
        return t.box.right - t.box.left + 1;
      case "rowIndex":
        return t.box.top - 1;
      case "columnIndex":
        return t.box.left - 1;
      case "cellCount":
        return cellsOf(t);
    }
    return undefined;
  }

  /**
   * A 2-D array of more than 1,500 cells goes as Office.js sends it (Range_Values_Set and its kin):
   * a _ValidateArraySize call, then the rows in chunks, each set on
   * getRow(first).getBoundingRect(getRow(last)).
   */
  private _setArray(prop: string, v: unknown[][], write: (t: RangeTarget, part: unknown[][]) => void): void {
    const cols = Array.isArray(v) && v.length > 0 && Array.isArray(v[0]) ? v[0].length : 0;
    if (cols === 0 || v.length * cols <= BULK_CELLS) {
      this._set(prop, v, (t) => write(t, v));
      return;
    }
    this._loaded[prop] = v;
    this._act("_ValidateArraySize", [v.length, cols], (t) => {
      if (t.box.bottom - t.box.top + 1 !== v.length || t.box.right - t.box.left + 1 !== cols)
        throw new SimError(
          "InvalidArgument",
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
        );
    });
    const step = Math.max(1, Math.round(BULK_CELLS / cols));
    for (let start = 0; start < v.length; start += step) {
      const n = Math.min(step, v.length - start);
      const part = v.slice(start, start + n);
      this.getRow(start)
        .getBoundingRect(this.getRow(start + n - 1))
        ._set(prop, part, (t) => write(t, part));
    }
  }

  getRow(row: number): Range {
    return new Range(this._ctx, this, {
      m: "getRow",
      a: [row],
      resolve: () => {
        const t = this._t as RangeTarget;
        const r = t.box.top + row;
        return { ws: t.ws, box: { top: r, bottom: r, left: t.box.left, right: t.box.right } };
      },
    });
  }

  getBoundingRect(other: Range): Range {
    return new Range(this._ctx, this, {
      m: "getBoundingRect",
      a: [other],
      resolve: () => {
        const a = this._t as RangeTarget;
        const b = other._t as RangeTarget;
        if (a.ws !== b.ws) throw new SimError("InvalidArgument", "The ranges are on different sheets.");
        return {
          ws: a.ws,
          box: {
            top: Math.min(a.box.top, b.box.top),
            left: Math.min(a.box.left, b.box.left),
            bottom: Math.max(a.box.bottom, b.box.bottom),
            right: Math.max(a.box.right, b.box.right),
          },
        };
      },
    });
  }

  /** Office.js checks the size of a large array before sending it in chunks. */
  _ValidateArraySize(rows: number, columns: number): void {
    this._act("_ValidateArraySize", [rows, columns], (t) => {
      if (t.box.bottom - t.box.top + 1 !== rows || t.box.right - t.box.left + 1 !== columns)
        throw new SimError("InvalidArgument", "The array size does not match the range.");
    });
  }

  /** Client-side only in Office.js (stops tracking); nothing to send. */
  untrack(): this {
    return this;
  }

  get worksheet(): Worksheet {
    return new Worksheet(this._ctx, this, { m: "worksheet", resolve: () => (this._t as RangeTarget).ws });
  }

  getCell(row: number, column: number): Range {
    return new Range(this._ctx, this, {
      m: "getCell",
      a: [row, column],
      resolve: () => {
        const t = this._t as RangeTarget;
        const top = t.box.top + row;
        const left = t.box.left + column;
        return { ws: t.ws, box: { top, left, bottom: top, right: left } };
      },
    });
  }

  select(): void {
    this._act("select", [], (t) => {
      if (visibilityOf(t.ws) !== "Visible")
        throw new SimError("InvalidSelection", "Cannot select on a hidden sheet.");
      this._ctx.st.activeSheet = t.ws.name;
      this._ctx.st.selection = { sheet: t.ws.name, address: boxA1(t.box) };
    });
  }

  clear(applyTo?: string): void {
    const what = applyTo ?? "All";
    this._act("clear", [what], (t) => {
      guardProtected(t);
      const rows = (t.ws as unknown as { _rows: (ExcelJS.Row | undefined)[] })._rows ?? [];
      const bottom = Math.min(t.box.bottom, rows.length);
      for (let r = t.box.top; r <= bottom; r++) {
        const row = rows[r - 1];
        if (!row) continue;
        const cells = (row as unknown as { _cells: (ExcelJS.Cell | undefined)[] })._cells ?? [];
        const right = Math.min(t.box.right, cells.length);
        for (let c = t.box.left; c <= right; c++) {
          const cell = cells[c - 1];
          if (!cell) continue;
          if (what === "All" || what === "Contents") cell.value = null;
          if (what === "All" || what === "Formats") cell.style = {} as ExcelJS.Style;
        }
      }
      if (what === "All") {
        const merges = (t.ws as unknown as { _merges: Record<string, { model: Box }> })._merges ?? {};
        for (const [k, m] of Object.entries(merges)) if (intersects(m.model, t.box)) t.ws.unMergeCells(k);
      }
    });
  }

  merge(across = false): void {
    this._act("merge", [across], (t) => {
      if (across)
        for (let r = t.box.top; r <= t.box.bottom; r++) t.ws.mergeCells(r, t.box.left, r, t.box.right);
      else t.ws.mergeCells(t.box.top, t.box.left, t.box.bottom, t.box.right);
    });
  }

  /** As Excel: fails when the range holds more than 512 merged areas (MAX_MERGED_AREAS). */
  getMergedAreasOrNullObject(): RangeAreas {
    return new RangeAreas(this._ctx, this, {
      m: "getMergedAreasOrNullObject",
      a: [],
      orNull: true,
      resolve: () => {
        const t = this._t as RangeTarget;
        const merges = (t.ws as unknown as { _merges: Record<string, { model: Box }> })._merges ?? {};
        const boxes = Object.values(merges)
          .map((m) => ({ ...m.model }))
          .filter((b) => intersects(b, t.box))
          .sort((a, b) => a.top - b.top || a.left - b.left);
        if (boxes.length > MAX_MERGED_AREAS)
          throw new SimError(
            "GeneralException",
            `The merged areas count in this range (${boxes.length}) is more than ${MAX_MERGED_AREAS}.`,
          );
        return boxes.length ? { ws: t.ws, boxes } : null;
      },
    });
  }

  /**
   * Only the "Formulas" and "Constants" cell types are simulated, with value type "All" or
   * "Errors" (the cells whose value is an error).
   */
  getSpecialCellsOrNullObject(cellType: string, cellValueType = "All"): RangeAreas {
    return new RangeAreas(this._ctx, this, {
      m: "getSpecialCellsOrNullObject",
      a: [cellType, cellValueType],
      orNull: true,
      resolve: () => {
        if (cellType !== "Formulas" && cellType !== "Constants")
          throw new SimError("NotImplemented", `Special cell type ${cellType} is not simulated.`);
        if (cellValueType !== "All" && cellValueType !== "Errors")
          throw new SimError("NotImplemented", `Special cell value type ${cellValueType} is not simulated.`);
        const t = this._t as RangeTarget;
        const want = cellType === "Formulas";
        const boxes: Box[] = [];
        grid(t, (cell, r, c) => {
          const v = isCovered(cell) ? null : cell?.value;
          if (v === null || v === undefined || v === "") return;
          const isF = typeof v === "object" && ("formula" in v || "sharedFormula" in v);
          if (isF !== want) return;
          if (cellValueType === "Errors" && readCell(cell).valueType !== "Error") return;
          // Merge with the box just above in the same column run, else a new 1-cell box.
          const prev = boxes.find((b) => b.left === c && b.right === c && b.bottom === r - 1);
          if (prev) prev.bottom = r;
          else boxes.push({ top: r, left: c, bottom: r, right: c });
        });
        return boxes.length ? { ws: t.ws, boxes } : null;
      },
    });
  }

  getCellProperties(opts: CellPropertiesOptions): ClientResult<Record<string, unknown>[][]> {
    const result = new ClientResult<Record<string, unknown>[][]>();
    this._ctx.op(
      this,
      { ActionType: 3, Name: "GetCellProperties", ArgumentInfo: { Arguments: [opts] } },
      () => {
        const t = this._t;
        const value = t === null ? [] : grid(t, (cell, r, c) => cellProperties(t.ws, cell, r, c, opts));
        this._ctx.stage(value, () => result._resolve(value));
      },
    );
    return result;
  }
}

export interface CellPropertiesOptions {
  address?: boolean;
  format?: {
    fill?: { color?: boolean; pattern?: boolean };
    font?: { color?: boolean; bold?: boolean; italic?: boolean };
    wrapText?: boolean;
  };
}

function cellProperties(
  ws: ExcelJS.Worksheet,
  cell: ExcelJS.Cell | undefined,
  r: number,
  c: number,
  o: CellPropertiesOptions,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (o.address) out.address = qualified(ws.name, { top: r, left: c, bottom: r, right: c });
  if (o.format) {
    const format: Record<string, unknown> = {};
    if (o.format.fill) {
      const fill = readFill(cell);
      const f: Record<string, unknown> = {};
      if (o.format.fill.color) f.color = fill.color;
      if (o.format.fill.pattern) f.pattern = fill.pattern;
      format.fill = f;
    }
    if (o.format.font) {
      const font = readFont(cell);
      const f: Record<string, unknown> = {};
      if (o.format.font.color) f.color = font.color;
      if (o.format.font.bold) f.bold = font.bold;
      if (o.format.font.italic) f.italic = font.italic;
      format.font = f;
    }
    if (o.format.wrapText) format.wrapText = !!cell?.alignment?.wrapText;
    out.format = format;
  }
  return out;
}

export class ClientResult<V> {
  private loaded = false;
  private v: V | undefined;
  get value(): V {
    if (!this.loaded)
      throw new SimError(
        "ValueNotLoaded",
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
      );
    return this.v as V;
  }
  /** @internal */ _resolve(v: V): void {
    this.v = v;
    this.loaded = true;
  }
}

export interface AreasTarget {
  ws: ExcelJS.Worksheet;
  boxes: Box[];
}

export class RangeAreas extends Proxy<AreasTarget> {
  private _areas?: RangeCollection;

  get areas(): RangeCollection {
    return (this._areas ??= new RangeCollection(this._ctx, this));
  }
  get address(): string {
    return this._get("address") as string;
  }
  get areaCount(): number {
    return this._get("areaCount") as number;
  }
  override _props(): string[] {
    return ["address", "areaCount"];
  }
  override _read(t: AreasTarget, prop: string): unknown {
    if (prop === "address") return t.boxes.map((b) => qualified(t.ws.name, b)).join(", ");
    if (prop === "areaCount") return t.boxes.length;
    return undefined;
  }
}

export class RangeCollection extends Collection<Range, RangeTarget, AreasTarget> {
  constructor(ctx: RequestContext, parent: RangeAreas) {
    super(ctx, parent, { m: "areas", orNull: true, resolve: () => parent._t });
  }
  override _list(t: AreasTarget): RangeTarget[] {
    return t.boxes.map((box) => ({ ws: t.ws, box }));
  }
  override _wrap(u: RangeTarget): Range {
    return new Range(this._ctx, null, u);
  }
}

// ---------------------------------------------------------------------------------------------
// Formats

/** Column width in points (Office.js) ↔ characters (xlsx): pixels = chars × 7 + 5, points = px × 0.75. */
export function charsFromPoints(points: number): number {
  return Math.max(0, Math.round(((points / 0.75 - 5) / 7) * 100) / 100);
}

function pointsFromChars(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export class RangeFormat extends Proxy<RangeTarget> {
  private _fill?: RangeFill;
  private _font?: RangeFont;
  constructor(ctx: RequestContext, parent: Range) {
    super(ctx, parent, { m: "format", orNull: true, resolve: () => parent._t });
  }
  get fill(): RangeFill {
    return (this._fill ??= new RangeFill(this._ctx, this));
  }
  get font(): RangeFont {
    return (this._font ??= new RangeFont(this._ctx, this));
  }
  get columnWidth(): number {
    return this._get("columnWidth") as number;
  }
  set columnWidth(v: number) {
    this._set("columnWidth", v, (t) => {
      for (let c = t.box.left; c <= t.box.right; c++) t.ws.getColumn(c).width = charsFromPoints(v);
    });
  }
  get wrapText(): boolean {
    return this._get("wrapText") as boolean;
  }
  set wrapText(v: boolean) {
    this._set("wrapText", v, (t) =>
      eachInput(t, v, (cell) =>
        restyle(cell, (s) => (s.alignment = { ...(s.alignment ?? {}), wrapText: v })),
      ),
    );
  }
  set rowHeight(v: number) {
    this._set("rowHeight", v, (t) => {
      for (let r = t.box.top; r <= t.box.bottom; r++) t.ws.getRow(r).height = v;
    });
  }
  get rowHeight(): number {
    return this._get("rowHeight") as number;
  }
  autofitColumns(): void {
    this._act("autofitColumns", [], () => undefined);
  }
  override _props(): string[] {
    return ["columnWidth", "wrapText", "rowHeight"];
  }
  override _read(t: RangeTarget, prop: string): unknown {
    if (prop === "columnWidth") {
      const ws = new Set<number>();
      for (let c = t.box.left; c <= Math.min(t.box.right, t.box.left + 16384); c++)
        ws.add(pointsFromChars(t.ws.getColumn(c).width ?? 8.43));
      return ws.size === 1 ? [...ws][0] : null;
    }
    if (prop === "wrapText") {
      const vals = new Set(grid(t, (c) => !!c?.alignment?.wrapText).flat());
      return vals.size === 1 ? [...vals][0] : null;
    }
    if (prop === "rowHeight") return t.ws.getRow(t.box.top).height ?? 15;
    return undefined;
  }
}

export class RangeFill extends Proxy<RangeTarget> {
  constructor(ctx: RequestContext, parent: RangeFormat) {
    super(ctx, parent, { m: "fill", orNull: true, resolve: () => parent._t });
  }
  get color(): string {
    return this._get("color") as string;
  }
  set color(v: string) {
    this._set("color", v, (t) => {
      const a = argb(v);
      eachInput(t, v, (cell) =>
        restyle(cell, (s) => (s.fill = { type: "pattern", pattern: "solid", fgColor: { argb: a } })),
      );
    });
  }
  clear(): void {
    this._act("clear", [], (t) =>
      eachInput(t, null, (cell) =>
        restyle(cell, (s) => {
          delete s.fill;
        }),
      ),
    );
  }
  override _props(): string[] {
    return ["color"];
  }
  override _read(t: RangeTarget, prop: string): unknown {
    if (prop !== "color") return undefined;
    const vals = new Set(grid(t, (c) => readFill(c).color).flat());
    return vals.size === 1 ? [...vals][0] : null;
  }
}

export class RangeFont extends Proxy<RangeTarget> {
  constructor(ctx: RequestContext, parent: RangeFormat) {
    super(ctx, parent, { m: "font", orNull: true, resolve: () => parent._t });
  }
  get color(): string {
    return this._get("color") as string;
  }
  set color(v: string) {
    this._set("color", v, (t) => {
      const a = argb(v);
      eachInput(t, v, (cell) => restyle(cell, (s) => (s.font = { ...(s.font ?? {}), color: { argb: a } })));
    });
  }
  get bold(): boolean {
    return this._get("bold") as boolean;
  }
  set bold(v: boolean) {
    this._set("bold", v, (t) =>
      eachInput(t, v, (cell) => restyle(cell, (s) => (s.font = { ...(s.font ?? {}), bold: v }))),
    );
  }
  get italic(): boolean {
    return this._get("italic") as boolean;
  }
  set italic(v: boolean) {
    this._set("italic", v, (t) =>
      eachInput(t, v, (cell) => restyle(cell, (s) => (s.font = { ...(s.font ?? {}), italic: v }))),
    );
  }
  override _props(): string[] {
    return ["color", "bold", "italic"];
  }
  override _read(t: RangeTarget, prop: string): unknown {
    const vals = new Set(grid(t, (c) => (readFont(c) as Record<string, unknown>)[prop]).flat());
    return vals.size === 1 ? [...vals][0] : null;
  }
}

export class FreezePanes extends Proxy<ExcelJS.Worksheet> {
  constructor(ctx: RequestContext, parent: Worksheet) {
    super(ctx, parent, { m: "freezePanes", orNull: true, resolve: () => parent._t });
  }
  override _props(): string[] {
    return [];
  }
  override _read(): unknown {
    return undefined;
  }
  freezeRows(count = 1): void {
    this._act("freezeRows", [count], (ws) => {
      ws.views = [{ state: "frozen", xSplit: 0, ySplit: count, topLeftCell: `A${count + 1}` }];
    });
  }
  unfreeze(): void {
    this._act("unfreeze", [], (ws) => {
      ws.views = [];
    });
  }
}

/** Worksheet.protection: whether the sheet is protected (read only; protecting is not simulated here). */
export class WorksheetProtection extends Proxy<ExcelJS.Worksheet> {
  constructor(ctx: RequestContext, parent: Worksheet) {
    super(ctx, parent, { m: "protection", orNull: true, resolve: () => parent._t });
  }
  get protected(): boolean {
    return this._get("protected") as boolean;
  }
  override _props(): string[] {
    return ["protected"];
  }
  override _read(t: ExcelJS.Worksheet, prop: string): unknown {
    return prop === "protected" ? isProtected(t) : undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Tables

export class TableCollection extends Collection<Table, SimTable, ExcelJS.Worksheet> {
  constructor(ctx: RequestContext, parent: Worksheet) {
    super(ctx, parent, { m: "tables", orNull: true, resolve: () => parent._t });
  }
  override _list(t: ExcelJS.Worksheet): SimTable[] {
    return this._ctx.st.tables.filter((x) => x.ws === t);
  }
  override _wrap(u: SimTable): Table {
    return new Table(this._ctx, null, u);
  }
  getItemOrNullObject(name: string): Table {
    return new Table(this._ctx, this, {
      m: "getItemOrNullObject",
      a: [name],
      orNull: true,
      resolve: () =>
        this._ctx.st.tables.find((x) => x.ws === this._t && x.name.toLowerCase() === name.toLowerCase()) ??
        null,
    });
  }
  add(address: string, hasHeaders: boolean): Table {
    const st = this._ctx.st;
    return new Table(this._ctx, this, {
      m: "add",
      a: [address, hasHeaders],
      resolve: () => {
        const ws = this._t as ExcelJS.Worksheet;
        const box = parseBox(address);
        if (!box) throw new SimError("InvalidArgument", `Invalid address '${address}'.`);
        if (st.tables.some((x) => x.ws === ws && intersects(x.box, box)))
          throw new SimError("InvalidOperation", "A table can't overlap another table.");
        let k = st.tables.length + 1;
        while (st.tables.some((x) => x.name === `Table${k}`)) k++;
        const table: SimTable = { name: `Table${k}`, ws, box, hasHeaders, style: "TableStyleMedium2" };
        st.tables.push(table);
        return table;
      },
    });
  }
}

export class Table extends Proxy<SimTable> {
  get name(): string {
    return this._get("name") as string;
  }
  set name(v: string) {
    this._set("name", v, (t) => {
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(v))
        throw new SimError("InvalidArgument", `Invalid table name '${v}'.`);
      if (this._ctx.st.tables.some((x) => x !== t && x.name.toLowerCase() === v.toLowerCase()))
        throw new SimError("ItemAlreadyExists", `A table named '${v}' already exists.`);
      t.name = v;
    });
  }
  get style(): string {
    return this._get("style") as string;
  }
  set style(v: string) {
    this._set("style", v, (t) => {
      t.style = v;
    });
  }
  override _props(): string[] {
    return ["name", "style"];
  }
  override _read(t: SimTable, prop: string): unknown {
    return prop === "name" ? t.name : prop === "style" ? t.style : undefined;
  }
  delete(): void {
    this._act("delete", [], (t) => {
      this._ctx.st.tables = this._ctx.st.tables.filter((x) => x !== t);
    });
  }
  getRange(): Range {
    return new Range(this._ctx, this, {
      m: "getRange",
      resolve: () => {
        const t = this._t as SimTable;
        return { ws: t.ws, box: t.box };
      },
    });
  }
}

export { ERRORS };
