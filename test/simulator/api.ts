/**
 * The Excel JavaScript API surface the add-in uses, over an exceljs workbook, with Office.js
 * semantics: every proxy method and property write is queued; nothing reaches the workbook before
 * context.sync(); a property read before load() + sync() throws PropertyNotLoaded; OrNullObject
 * methods give null objects whose isNullObject is known after a sync; a batch whose request or
 * response exceeds 5 MB is refused (Excel on the web's payload limit). No node-only imports here.
 */
import type * as ExcelJS from "exceljs";
import { boxA1, intersects, parseBox, qualified, splitSheet, type Box } from "../../src/excel/address";
import { utf8Length } from "../../src/excel/limits";
import {
  BUILTIN_STYLES,
  ERRORS,
  argb,
  hexOf,
  readBorder,
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
  /** Charts, kept beside the workbook: exceljs cannot hold charts. */
  charts: SimChart[];
  /** Hyperlinks per sheet, by "row,col" (Excel keeps them apart from the cell values too). */
  links: Map<ExcelJS.Worksheet, Map<string, SimHyperlink>>;
  /** Named cell styles ("Input", "Note") per sheet, by "row,col"; a cell not listed has "Normal". */
  cellStyles: Map<ExcelJS.Worksheet, Map<string, string>>;
  /** Workbooks opened with Excel.createWorkbook, in order. */
  created: SimCreatedWorkbook[];
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

/** A custom document property (File → Info → Properties → Custom): Office.js's CustomProperty. */
export interface SimCustomProperty {
  key: string;
  value: string | number | boolean;
}

/**
 * The custom document properties of a workbook, kept with the exceljs workbook (exceljs cannot hold
 * them): a simulator made again over the same workbook sees them, and the simulator's `save` writes
 * them into the file.
 */
const CUSTOM_PROPERTIES = new WeakMap<ExcelJS.Workbook, SimCustomProperty[]>();

export function customPropertiesOf(wb: ExcelJS.Workbook): SimCustomProperty[] {
  let list = CUSTOM_PROPERTIES.get(wb);
  if (!list) CUSTOM_PROPERTIES.set(wb, (list = []));
  return list;
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
  private _properties?: DocumentProperties;

  get worksheets(): WorksheetCollection {
    return (this._worksheets ??= new WorksheetCollection(this._ctx, this, this._t as ExcelJS.Workbook));
  }

  get application(): Application {
    return (this._application ??= new Application(this._ctx, this, this._t as ExcelJS.Workbook));
  }

  /** ExcelApi 1.7: the document properties; here their custom properties. */
  get properties(): DocumentProperties {
    return (this._properties ??= new DocumentProperties(this._ctx, this, this._t as ExcelJS.Workbook));
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

/** Excel.DocumentProperties (ExcelApi 1.7): only `custom` is simulated. */
export class DocumentProperties extends Proxy<ExcelJS.Workbook> {
  private _custom?: CustomPropertyCollection;
  constructor(ctx: RequestContext, parent: Proxy<unknown>, wb: ExcelJS.Workbook) {
    super(ctx, parent, wb);
  }
  override _wireName(): string {
    return "Properties";
  }
  override _props(): string[] {
    return [];
  }
  override _read(): unknown {
    return undefined;
  }
  get custom(): CustomPropertyCollection {
    return (this._custom ??= new CustomPropertyCollection(this._ctx, this, this._t as ExcelJS.Workbook));
  }
}

/** Excel.CustomPropertyCollection: keys compared without case, `add` creates or sets. */
export class CustomPropertyCollection extends Collection<
  CustomProperty,
  SimCustomProperty,
  ExcelJS.Workbook
> {
  constructor(ctx: RequestContext, parent: Proxy<unknown>, wb: ExcelJS.Workbook) {
    super(ctx, parent, wb);
  }
  override _wireName(): string {
    return "Custom";
  }
  override _list(t: ExcelJS.Workbook): SimCustomProperty[] {
    return customPropertiesOf(t);
  }
  override _wrap(u: SimCustomProperty): CustomProperty {
    return new CustomProperty(this._ctx, null, u);
  }
  private _find(key: string): SimCustomProperty | null {
    const lower = key.toLowerCase();
    return customPropertiesOf(this._ctx.st.wb).find((p) => p.key.toLowerCase() === lower) ?? null;
  }
  getItem(key: string): CustomProperty {
    return new CustomProperty(this._ctx, this, { m: "getItem", a: [key], resolve: () => this._find(key) });
  }
  getItemOrNullObject(key: string): CustomProperty {
    return new CustomProperty(this._ctx, this, {
      m: "getItemOrNullObject",
      a: [key],
      orNull: true,
      resolve: () => this._find(key),
    });
  }
  add(key: string, value: string | number | boolean): CustomProperty {
    return new CustomProperty(this._ctx, this, {
      m: "add",
      a: [key, value],
      resolve: () => {
        // Excel's limits: a key of at most 255 characters, a value of at most 255 as text.
        if (key.length === 0 || key.length > 255 || String(value).length > 255)
          throw new SimError("InvalidArgument", `Invalid custom property '${key}'.`);
        const found = this._find(key);
        if (found) {
          found.value = value;
          return found;
        }
        const made = { key, value };
        customPropertiesOf(this._ctx.st.wb).push(made);
        return made;
      },
    });
  }
}

/** Excel.CustomProperty: key, value and type ("String", "Number", "Boolean"). */
export class CustomProperty extends Proxy<SimCustomProperty> {
  override _props(): string[] {
    return ["key", "value", "type"];
  }
  override _read(t: SimCustomProperty, prop: string): unknown {
    if (prop === "key") return t.key;
    if (prop === "value") return t.value;
    if (prop === "type")
      return typeof t.value === "string" ? "String" : typeof t.value === "number" ? "Number" : "Boolean";
    return undefined;
  }
  get key(): string {
    return this._get("key") as string;
  }
  get value(): unknown {
    return this._get("value");
  }
  get type(): string {
    return this._get("type") as string;
  }
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
  private _charts?: ChartCollection;
  private _protection?: WorksheetProtection;
  private _pageLayout?: PageLayout;

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

  get charts(): ChartCollection {
    return (this._charts ??= new ChartCollection(this._ctx, this));
  }

  get protection(): WorksheetProtection {
    return (this._protection ??= new WorksheetProtection(this._ctx, this));
  }

  get pageLayout(): PageLayout {
    return (this._pageLayout ??= new PageLayout(this._ctx, this));
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
      st.charts = st.charts.filter((c) => c.ws !== ws);
      st.links.delete(ws);
      st.cellStyles.delete(ws);
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
 * Applies a value or a 2-D array to every cell of the range, as Excel's setters do; on a protected
 * sheet a change of content needs unlocked cells, a change of format the "format cells" permission.
 */
function eachInput(
  t: RangeTarget,
  input: unknown,
  f: (cell: ExcelJS.Cell, v: unknown) => void,
  change: "content" | "format" = "format",
): void {
  refuseOnProtected(t, change);
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
  private _dataValidation?: DataValidation;

  get format(): RangeFormat {
    return (this._format ??= new RangeFormat(this._ctx, this));
  }

  get dataValidation(): DataValidation {
    return (this._dataValidation ??= new DataValidation(this._ctx, this));
  }

  /** The hyperlink of the range's top-left cell; setting it links every cell of the range. */
  get hyperlink(): Excel.RangeHyperlink {
    return this._get("hyperlink") as Excel.RangeHyperlink;
  }
  set hyperlink(v: Excel.RangeHyperlink) {
    this._set("hyperlink", v, (t) => setHyperlink(this._ctx.st, t, v));
  }

  /** The cells' named style ("Normal", "Input"…); null when they differ. */
  get style(): string {
    return this._get("style") as string;
  }
  set style(v: string) {
    this._set("style", v, (t) => {
      const def = BUILTIN_STYLES[v];
      if (!def) throw new SimError("InvalidArgument", `The style '${v}' is not simulated.`);
      const names = sheetMap(this._ctx.st.cellStyles, t.ws);
      eachInput(t, v, (cell) => {
        cell.style = JSON.parse(JSON.stringify(def)) as ExcelJS.Style;
        if (v === "Normal") names.delete(`${cell.row},${cell.col}`);
        else names.set(`${cell.row},${cell.col}`, v);
      });
    });
  }

  get columnHidden(): boolean {
    return this._get("columnHidden") as boolean;
  }
  set columnHidden(v: boolean) {
    this._set("columnHidden", v, (t) => {
      refuseOnProtected(t, "columns");
      for (let c = t.box.left; c <= t.box.right; c++) {
        if (!v && columnOf(t.ws, c) === undefined) continue;
        t.ws.getColumn(c).hidden = v;
      }
    });
  }
  get rowHidden(): boolean {
    return this._get("rowHidden") as boolean;
  }
  set rowHidden(v: boolean) {
    this._set("rowHidden", v, (t) => {
      refuseOnProtected(t, "rows");
      const last = Math.min(t.box.bottom, v ? t.box.bottom : t.ws.rowCount);
      for (let r = t.box.top; r <= last; r++) t.ws.getRow(r).hidden = v;
    });
  }

  get values(): unknown[][] {
    return this._get("values") as unknown[][];
  }
  set values(v: unknown[][]) {
    this._setArray("values", v, (t, part) =>
      eachInput(t, part, (cell, x) => writeValue(cell, x, (f) => evaluate(t.ws, f)), "content"),
    );
  }
  get formulas(): unknown[][] {
    return this._get("formulas") as unknown[][];
  }
  set formulas(v: unknown[][]) {
    this._setArray("formulas", v, (t, part) =>
      eachInput(t, part, (cell, x) => writeFormulaOrValue(cell, x, (f) => evaluate(t.ws, f)), "content"),
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
      "hyperlink",
      "style",
      "columnHidden",
      "rowHidden",
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
      case "hyperlink": {
        const link = this._ctx.st.links.get(t.ws)?.get(`${t.box.top},${t.box.left}`);
        return link ? { ...link } : null;
      }
      case "style": {
        const names = this._ctx.st.cellStyles.get(t.ws);
        const all = new Set(grid(t, (_c, r, c) => names?.get(`${r},${c}`) ?? "Normal").flat());
        return all.size === 1 ? [...all][0] : null;
      }
      case "columnHidden": {
        const all = new Set<boolean>();
        for (let c = t.box.left; c <= Math.min(t.box.right, t.box.left + 16384); c++)
          all.add(!!columnOf(t.ws, c)?.hidden);
        return all.size === 1 ? [...all][0] : null;
      }
      case "rowHidden":
        return !!t.ws.findRow(t.box.top)?.hidden;
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
      refuseOnProtected(t, what === "Formats" ? "format" : "content");
      if (what === "All" || what === "Formats") forgetCells(this._ctx.st.cellStyles.get(t.ws), t.box);
      if (what === "All" || what === "Hyperlinks" || what === "RemoveHyperlinks")
        forgetCells(this._ctx.st.links.get(t.ws), t.box);
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
      refuseOnProtected(t, "structure");
      const merges = (t.ws as unknown as { _merges: Record<string, { model: Box }> })._merges ?? {};
      if (Object.values(merges).some((m) => intersects(m.model, t.box)))
        throw new SimError("InvalidOperation", "Cannot merge cells that overlap a merged area.");
      if (across)
        for (let r = t.box.top; r <= t.box.bottom; r++) t.ws.mergeCells(r, t.box.left, r, t.box.right);
      else t.ws.mergeCells(t.box.top, t.box.left, t.box.bottom, t.box.right);
    });
  }

  /** Unmerges every merged area that overlaps the range. */
  unmerge(): void {
    this._act("unmerge", [], (t) => {
      refuseOnProtected(t, "structure");
      const merges = (t.ws as unknown as { _merges: Record<string, { model: Box }> })._merges ?? {};
      for (const [k, m] of Object.entries(merges)) if (intersects(m.model, t.box)) t.ws.unMergeCells(k);
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
  private _protection?: FormatProtection;
  private _borders?: RangeBorderCollection;
  constructor(ctx: RequestContext, parent: Range) {
    super(ctx, parent, { m: "format", orNull: true, resolve: () => parent._t });
  }
  get fill(): RangeFill {
    return (this._fill ??= new RangeFill(this._ctx, this));
  }
  get font(): RangeFont {
    return (this._font ??= new RangeFont(this._ctx, this));
  }
  get protection(): FormatProtection {
    return (this._protection ??= new FormatProtection(this._ctx, this));
  }
  get borders(): RangeBorderCollection {
    return (this._borders ??= new RangeBorderCollection(this._ctx, this));
  }
  get horizontalAlignment(): string {
    return this._get("horizontalAlignment") as string;
  }
  set horizontalAlignment(v: string) {
    const to: Record<string, ExcelJS.Alignment["horizontal"] | undefined> = {
      General: undefined,
      Left: "left",
      Center: "center",
      Right: "right",
      Fill: "fill",
      Justify: "justify",
      CenterAcrossSelection: "centerContinuous",
      Distributed: "distributed",
    };
    this._set("horizontalAlignment", v, (t) => {
      if (!(v in to)) throw new SimError("InvalidArgument", `Invalid horizontal alignment '${v}'.`);
      eachInput(t, v, (cell) =>
        restyle(cell, (s) => (s.alignment = { ...(s.alignment ?? {}), horizontal: to[v] })),
      );
    });
  }
  get verticalAlignment(): string {
    return this._get("verticalAlignment") as string;
  }
  set verticalAlignment(v: string) {
    const to: Record<string, ExcelJS.Alignment["vertical"]> = {
      Top: "top",
      Center: "middle",
      Bottom: "bottom",
      Justify: "justify",
      Distributed: "distributed",
    };
    this._set("verticalAlignment", v, (t) => {
      if (!(v in to)) throw new SimError("InvalidArgument", `Invalid vertical alignment '${v}'.`);
      eachInput(t, v, (cell) =>
        restyle(cell, (s) => (s.alignment = { ...(s.alignment ?? {}), vertical: to[v] })),
      );
    });
  }
  /** true puts the range's columns back to the sheet's standard width. */
  set useStandardWidth(v: boolean) {
    this._set("useStandardWidth", v, (t) => {
      if (!v) return;
      refuseOnProtected(t, "columns");
      const last = Math.min(t.box.right, columnsOf(t.ws).length);
      for (let c = t.box.left; c <= last; c++) t.ws.getColumn(c).width = undefined as unknown as number;
    });
  }
  get useStandardWidth(): boolean {
    return this._get("useStandardWidth") as boolean;
  }
  /** true puts the range's rows back to the standard height. */
  set useStandardHeight(v: boolean) {
    this._set("useStandardHeight", v, (t) => {
      if (!v) return;
      refuseOnProtected(t, "rows");
      const last = Math.min(t.box.bottom, t.ws.rowCount);
      for (let r = t.box.top; r <= last; r++) {
        const row = t.ws.findRow(r);
        if (row) row.height = undefined as unknown as number;
      }
    });
  }
  get useStandardHeight(): boolean {
    return this._get("useStandardHeight") as boolean;
  }
  get columnWidth(): number {
    return this._get("columnWidth") as number;
  }
  set columnWidth(v: number) {
    this._set("columnWidth", v, (t) => {
      refuseOnProtected(t, "columns");
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
      refuseOnProtected(t, "rows");
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
    return [
      "columnWidth",
      "wrapText",
      "rowHeight",
      "horizontalAlignment",
      "verticalAlignment",
      "useStandardWidth",
      "useStandardHeight",
    ];
  }
  override _read(t: RangeTarget, prop: string): unknown {
    if (prop === "horizontalAlignment" || prop === "verticalAlignment") {
      const names: Record<string, string> =
        prop === "horizontalAlignment"
          ? { left: "Left", center: "Center", right: "Right", fill: "Fill", justify: "Justify" }
          : { top: "Top", middle: "Center", bottom: "Bottom", justify: "Justify" };
      const key = prop === "horizontalAlignment" ? "horizontal" : "vertical";
      const vals = new Set(
        grid(
          t,
          (c) => names[String(c?.alignment?.[key] ?? "")] ?? (key === "vertical" ? "Bottom" : "General"),
        ).flat(),
      );
      return vals.size === 1 ? [...vals][0] : null;
    }
    if (prop === "useStandardWidth") return columnOf(t.ws, t.box.left)?.width === undefined;
    if (prop === "useStandardHeight") return t.ws.findRow(t.box.top)?.height === undefined;
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
  get size(): number {
    return this._get("size") as number;
  }
  set size(v: number) {
    this._set("size", v, (t) => {
      if (!(v >= 1 && v <= 409)) throw new SimError("InvalidArgument", `Invalid font size ${v}.`);
      eachInput(t, v, (cell) => restyle(cell, (s) => (s.font = { ...(s.font ?? {}), size: v })));
    });
  }
  get name(): string {
    return this._get("name") as string;
  }
  set name(v: string) {
    this._set("name", v, (t) =>
      eachInput(t, v, (cell) => restyle(cell, (s) => (s.font = { ...(s.font ?? {}), name: v }))),
    );
  }
  override _props(): string[] {
    return ["color", "bold", "italic", "size", "name"];
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
    this._act("freezeRows", [count], (ws) => freeze(ws, count, 0));
  }
  freezeColumns(count = 1): void {
    this._act("freezeColumns", [count], (ws) => freeze(ws, 0, count));
  }
  /** Freezes the rows and columns down to the range's bottom-right cell. */
  freezeAt(frozenRange: Range | string): void {
    const arg = typeof frozenRange === "string" ? frozenRange : { range: frozenRange._id };
    this._act("freezeAt", [arg], (ws) => {
      const box = typeof frozenRange === "string" ? parseBox(frozenRange) : frozenRange._t?.box;
      if (!box) throw new SimError("InvalidArgument", "Invalid frozen range.");
      freeze(ws, box.bottom, box.right);
    });
  }
  unfreeze(): void {
    this._act("unfreeze", [], (ws) => {
      ws.views = [];
    });
  }
}

function freeze(ws: ExcelJS.Worksheet, rows: number, cols: number): void {
  if (rows < 0 || cols < 0) throw new SimError("InvalidArgument", "Invalid count.");
  ws.views = [
    {
      state: "frozen",
      xSplit: cols,
      ySplit: rows,
      topLeftCell: `${boxA1({ top: rows + 1, left: cols + 1, bottom: rows + 1, right: cols + 1 })}`,
    },
  ];
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
        refuseOnProtected({ ws, box }, "structure");
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

// ---------------------------------------------------------------------------------------------
// Protection, hyperlinks and named styles: shared helpers

/** The sheet's protection when it is on (exceljs's model, where true means "allowed"), else null. */
function protectionOf(ws: ExcelJS.Worksheet): Record<string, unknown> | null {
  const p = (ws as unknown as { sheetProtection?: Record<string, unknown> | null }).sheetProtection;
  return p && p.sheet ? p : null;
}

/** Cells are locked unless their format says otherwise, as in Excel. */
function isLocked(cell: ExcelJS.Cell | undefined): boolean {
  return cell?.protection?.locked !== false;
}

function anyLocked(t: RangeTarget): boolean {
  if (cellsOf(t) > MAX_CELLS_READ) return true;
  for (let r = t.box.top; r <= t.box.bottom; r++)
    for (let c = t.box.left; c <= t.box.right; c++) if (isLocked(t.ws.findCell(r, c))) return true;
  return false;
}

/**
 * Refuses what Excel refuses on a protected sheet: the content of locked cells; formats without the
 * "format cells" permission; column widths and row heights without "format columns/rows"; merging,
 * tables, charts and data validation ("structure") always. The add-in unprotects a sheet before
 * writing it and protects it last.
 */
function refuseOnProtected(
  t: RangeTarget,
  change: "content" | "format" | "columns" | "rows" | "structure",
): void {
  const p = protectionOf(t.ws);
  if (!p) return;
  const allowed =
    change === "content"
      ? !anyLocked(t)
      : change === "format"
        ? p.formatCells === true
        : change === "columns"
          ? p.formatColumns === true
          : change === "rows"
            ? p.formatRows === true
            : false;
  if (!allowed)
    throw new SimError(
      "AccessDenied",
      `The cell or chart you're trying to change is on a protected sheet (${t.ws.name}). To make a change, unprotect the sheet.`,
    );
}

/** exceljs's column definitions (without creating any, as getColumn would). */
function columnsOf(ws: ExcelJS.Worksheet): (ExcelJS.Column | undefined)[] {
  return (ws as unknown as { _columns?: ExcelJS.Column[] })._columns ?? [];
}

function columnOf(ws: ExcelJS.Worksheet, c: number): ExcelJS.Column | undefined {
  return columnsOf(ws)[c - 1];
}

function isEmptyCell(cell: ExcelJS.Cell): boolean {
  return readCell(cell).valueType === "Empty";
}

function sheetMap<V>(maps: Map<ExcelJS.Worksheet, Map<string, V>>, ws: ExcelJS.Worksheet): Map<string, V> {
  let m = maps.get(ws);
  if (!m) {
    m = new Map();
    maps.set(ws, m);
  }
  return m;
}

function forgetCells(m: Map<string, unknown> | undefined, box: Box): void {
  if (!m) return;
  for (const k of [...m.keys()]) {
    const [r, c] = k.split(",").map(Number);
    if (r >= box.top && r <= box.bottom && c >= box.left && c <= box.right) m.delete(k);
  }
}

export interface SimHyperlink {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

/**
 * range.hyperlink = {...}: every cell of the range links to the target; `textToDisplay` becomes the
 * text of the top-left cell (as text, never a formula); without it an empty cell shows the target.
 */
function setHyperlink(st: SimState, t: RangeTarget, v: Excel.RangeHyperlink): void {
  refuseOnProtected(t, "content");
  if (!v || (typeof v.address !== "string" && typeof v.documentReference !== "string"))
    throw new SimError("InvalidArgument", "A hyperlink needs an address or a document reference.");
  if (typeof v.documentReference === "string") {
    const ref = splitSheet(v.documentReference);
    if (!parseBox(ref.address))
      throw new SimError("InvalidArgument", `Invalid reference '${v.documentReference}'.`);
  }
  const links = sheetMap(st.links, t.ws);
  const link: SimHyperlink = {};
  for (const k of ["address", "documentReference", "textToDisplay", "screenTip"] as const)
    if (typeof v[k] === "string") link[k] = v[k];
  for (let r = t.box.top; r <= t.box.bottom; r++)
    for (let c = t.box.left; c <= t.box.right; c++) links.set(`${r},${c}`, { ...link });
  const topLeft = t.ws.getCell(t.box.top, t.box.left);
  const empty = isEmptyCell(topLeft);
  if (link.textToDisplay !== undefined) topLeft.value = link.textToDisplay === "" ? null : link.textToDisplay;
  else if (empty) topLeft.value = link.address ?? link.documentReference ?? null;
}

// ---------------------------------------------------------------------------------------------
// Range formats: protection and borders

export class FormatProtection extends Proxy<RangeTarget> {
  constructor(ctx: RequestContext, parent: RangeFormat) {
    super(ctx, parent, { m: "protection", orNull: true, resolve: () => parent._t });
  }
  get locked(): boolean {
    return this._get("locked") as boolean;
  }
  set locked(v: boolean) {
    this._set("locked", v, (t) =>
      eachInput(t, v, (cell) =>
        restyle(cell, (s) => (s.protection = { ...(s.protection ?? {}), locked: v })),
      ),
    );
  }
  override _props(): string[] {
    return ["locked"];
  }
  override _read(t: RangeTarget, prop: string): unknown {
    if (prop !== "locked") return undefined;
    const vals = new Set(grid(t, (c) => isLocked(c)).flat());
    return vals.size === 1 ? [...vals][0] : null;
  }
}

type BorderIndex =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";
type Side = "top" | "left" | "bottom" | "right";

/** The cells and the side of each that a border of the range draws on. */
function borderCells(t: RangeTarget, index: BorderIndex): { row: number; col: number; side: Side }[] {
  const out: { row: number; col: number; side: Side }[] = [];
  const { top, left, bottom, right } = t.box;
  const rowOf = (r: number, side: Side) => {
    for (let c = left; c <= right; c++) out.push({ row: r, col: c, side });
  };
  const colOf = (c: number, side: Side) => {
    for (let r = top; r <= bottom; r++) out.push({ row: r, col: c, side });
  };
  if (cellsOf(t) > MAX_CELLS_READ) throw new SimError("RangeExceedsLimit", "Too many cells.");
  if (index === "EdgeTop") rowOf(top, "top");
  else if (index === "EdgeBottom") rowOf(bottom, "bottom");
  else if (index === "EdgeLeft") colOf(left, "left");
  else if (index === "EdgeRight") colOf(right, "right");
  else if (index === "InsideHorizontal")
    for (let r = top; r < bottom; r++) {
      rowOf(r, "bottom");
      rowOf(r + 1, "top");
    }
  else if (index === "InsideVertical")
    for (let c = left; c < right; c++) {
      colOf(c, "right");
      colOf(c + 1, "left");
    }
  else throw new SimError("InvalidArgument", `Border ${index as string} is not simulated.`);
  return out;
}

export class RangeBorderCollection extends Proxy<RangeTarget> {
  constructor(ctx: RequestContext, parent: RangeFormat) {
    super(ctx, parent, { m: "borders", orNull: true, resolve: () => parent._t });
  }
  override _props(): string[] {
    return [];
  }
  override _read(): unknown {
    return undefined;
  }
  getItem(index: BorderIndex): RangeBorder {
    return new RangeBorder(this._ctx, this, index);
  }
}

export class RangeBorder extends Proxy<RangeTarget> {
  constructor(
    ctx: RequestContext,
    parent: RangeBorderCollection,
    readonly index: BorderIndex,
  ) {
    super(ctx, parent, { m: "getItem", a: [index], orNull: true, resolve: () => parent._t });
  }
  private _change(
    prop: string,
    v: string,
    apply: (b: Partial<ExcelJS.Border>) => Partial<ExcelJS.Border> | null,
  ) {
    this._set(prop, v, (t) => {
      refuseOnProtected(t, "format");
      for (const { row, col, side } of borderCells(t, this.index)) {
        const cell = t.ws.getCell(row, col);
        restyle(cell, (s) => {
          const next = apply({ ...(s.border?.[side] ?? {}) });
          const border = { ...(s.border ?? {}) } as Partial<ExcelJS.Borders>;
          if (next === null) delete border[side];
          else border[side] = next as ExcelJS.Border;
          s.border = border as ExcelJS.Borders;
        });
      }
    });
  }
  get style(): string {
    return this._get("style") as string;
  }
  set style(v: string) {
    const styles: Record<string, ExcelJS.BorderStyle | null> = {
      None: null,
      Continuous: "thin",
      Dash: "dashed",
      Dot: "dotted",
      Double: "double",
      DashDot: "dashDot",
      DashDotDot: "dashDotDot",
    };
    if (!(v in styles)) throw new SimError("InvalidArgument", `Invalid border style '${v}'.`);
    this._change("style", v, (b) => {
      const style = styles[v];
      if (style === null) return null;
      const heavy = b.style === "medium" || b.style === "thick";
      return { ...b, style: style === "thin" && heavy ? b.style : style };
    });
  }
  get color(): string {
    return this._get("color") as string;
  }
  set color(v: string) {
    const a = argb(v);
    this._change("color", v, (b) => ({ ...b, style: b.style ?? "thin", color: { argb: a } }));
  }
  get weight(): string {
    return this._get("weight") as string;
  }
  set weight(v: string) {
    const weights: Record<string, ExcelJS.BorderStyle> = {
      Hairline: "hair",
      Thin: "thin",
      Medium: "medium",
      Thick: "thick",
    };
    if (!(v in weights)) throw new SimError("InvalidArgument", `Invalid border weight '${v}'.`);
    this._change("weight", v, (b) => ({ ...b, style: weights[v] }));
  }
  override _props(): string[] {
    return ["style", "color", "weight"];
  }
  override _read(t: RangeTarget, prop: string): unknown {
    const [first] = borderCells(t, this.index);
    if (!first) return null;
    const b = readBorder(t.ws.findCell(first.row, first.col), first.side);
    return (b as Record<string, string>)[prop];
  }
}

// ---------------------------------------------------------------------------------------------
// Data validation (kept on the exceljs cells, so that a saved workbook has it too)

/** Excel's limits on a typed list and on the texts of a validation's prompt and error alert. */
export const VALIDATION_LIMITS = { list: 255, promptTitle: 32, prompt: 255, errorTitle: 32, error: 225 };

interface ExcelJsValidation {
  type: string;
  allowBlank?: boolean;
  formulae?: string[];
  showDropDown?: boolean;
  showInputMessage?: boolean;
  promptTitle?: string;
  prompt?: string;
  showErrorMessage?: boolean;
  errorStyle?: string;
  errorTitle?: string;
  error?: string;
}

function validationsOf(ws: ExcelJS.Worksheet): Record<string, ExcelJsValidation | undefined> {
  return (ws as unknown as { dataValidations: { model: Record<string, ExcelJsValidation | undefined> } })
    .dataValidations.model;
}

/** Every cell address of the range (bounded), for the per-cell validation model of exceljs. */
function addressesOf(t: RangeTarget): string[] {
  if (cellsOf(t) > MAX_CELLS_READ) throw new SimError("RangeExceedsLimit", "Too many cells.");
  const out: string[] = [];
  for (let r = t.box.top; r <= t.box.bottom; r++)
    for (let c = t.box.left; c <= t.box.right; c++) out.push(boxA1({ top: r, left: c, bottom: r, right: c }));
  return out;
}

/** The literal list of a list formula ('"a,b"' → "a,b"), or the reference with "=" ("=$A$1:$A$4"). */
function listSource(formula: string): string {
  if (formula.startsWith('"') && formula.endsWith('"')) return formula.slice(1, -1).replace(/""/g, '"');
  return "=" + formula;
}

function checkLength(what: string, text: string | undefined, limit: number): void {
  if (text !== undefined && text.length > limit)
    throw new SimError("InvalidArgument", `The ${what} is longer than ${limit} characters.`);
}

export class DataValidation extends Proxy<RangeTarget> {
  constructor(ctx: RequestContext, parent: Range) {
    super(ctx, parent, { m: "dataValidation", orNull: true, resolve: () => parent._t });
  }

  private _update(t: RangeTarget, change: (v: ExcelJsValidation) => ExcelJsValidation): void {
    refuseOnProtected(t, "structure");
    const model = validationsOf(t.ws);
    for (const a of addressesOf(t)) model[a] = change({ ...(model[a] ?? { type: "any", allowBlank: true }) });
  }

  get rule(): Excel.DataValidationRule {
    return this._get("rule") as Excel.DataValidationRule;
  }
  /** Only list rules are simulated: a literal "a,b,c" (at most 255 characters), "=$A$1:$A$4" or a Range. */
  set rule(v: Excel.DataValidationRule) {
    const list = v?.list;
    const source = list?.source as unknown;
    const sent = source instanceof Range ? { ...v, list: { ...list, source: { range: source._id } } } : v;
    this._set("rule", sent, (t) => {
      const keys = Object.keys(v ?? {});
      if (keys.length !== 1 || !list)
        throw new SimError("NotImplemented", `Validation rule ${keys} is not simulated.`);
      let formula: string;
      if (source instanceof Range) {
        const r = source._t;
        if (!r) throw new SimError("InvalidArgument", "The list's source range does not exist.");
        formula = (r.ws === t.ws ? "" : quoteName(r.ws.name) + "!") + absolute(r.box);
      } else if (typeof source === "string" && source.startsWith("=")) formula = source.slice(1);
      else if (typeof source === "string") {
        checkLength("list", source, VALIDATION_LIMITS.list);
        formula = '"' + source.replace(/"/g, '""') + '"';
      } else throw new SimError("InvalidArgument", "The list needs a source.");
      this._update(t, (m) => ({
        ...m,
        type: "list",
        formulae: [formula],
        showDropDown: list.inCellDropDown === false ? true : undefined,
        showInputMessage: m.showInputMessage ?? true,
        showErrorMessage: m.showErrorMessage ?? true,
      }));
    });
  }

  get prompt(): Excel.DataValidationPrompt {
    return this._get("prompt") as Excel.DataValidationPrompt;
  }
  set prompt(v: Excel.DataValidationPrompt) {
    this._set("prompt", v, (t) => {
      checkLength("prompt title", v.title, VALIDATION_LIMITS.promptTitle);
      checkLength("prompt message", v.message, VALIDATION_LIMITS.prompt);
      this._update(t, (m) => ({
        ...m,
        showInputMessage: v.showPrompt ?? m.showInputMessage,
        promptTitle: v.title ?? m.promptTitle,
        prompt: v.message ?? m.prompt,
      }));
    });
  }

  get errorAlert(): Excel.DataValidationErrorAlert {
    return this._get("errorAlert") as Excel.DataValidationErrorAlert;
  }
  set errorAlert(v: Excel.DataValidationErrorAlert) {
    this._set("errorAlert", v, (t) => {
      checkLength("error title", v.title, VALIDATION_LIMITS.errorTitle);
      checkLength("error message", v.message, VALIDATION_LIMITS.error);
      const style = v.style === undefined ? undefined : String(v.style);
      if (style !== undefined && !["Stop", "Warning", "Information"].includes(style))
        throw new SimError("InvalidArgument", `Invalid error alert style '${style}'.`);
      this._update(t, (m) => ({
        ...m,
        showErrorMessage: v.showAlert ?? m.showErrorMessage,
        errorStyle: style ? style.toLowerCase() : m.errorStyle,
        errorTitle: v.title ?? m.errorTitle,
        error: v.message ?? m.error,
      }));
    });
  }

  get ignoreBlanks(): boolean {
    return this._get("ignoreBlanks") as boolean;
  }
  set ignoreBlanks(v: boolean) {
    this._set("ignoreBlanks", v, (t) => this._update(t, (m) => ({ ...m, allowBlank: v })));
  }

  get type(): string {
    return this._get("type") as string;
  }

  clear(): void {
    this._act("clear", [], (t) => {
      refuseOnProtected(t, "structure");
      const model = validationsOf(t.ws);
      for (const a of Object.keys(model)) {
        const b = parseBox(a);
        if (b && intersects(b, t.box)) delete model[a];
      }
    });
  }

  override _props(): string[] {
    return ["rule", "prompt", "errorAlert", "ignoreBlanks", "type"];
  }

  override _read(t: RangeTarget, prop: string): unknown {
    const model = validationsOf(t.ws);
    if (prop === "type") {
      const kinds = new Set<string>();
      if (cellsOf(t) > MAX_CELLS_READ) {
        const any = Object.keys(model).some((a) => model[a] && intersects(parseBox(a) as Box, t.box));
        return any ? "Inconsistent" : "None";
      }
      for (const a of addressesOf(t)) kinds.add(JSON.stringify(model[a] ?? null));
      if (kinds.size > 1) return "Inconsistent";
      const only = JSON.parse([...kinds][0]) as ExcelJsValidation | null;
      if (!only || only.type === "any") return "None";
      return only.type === "list" ? "List" : only.type;
    }
    const v = model[boxA1({ top: t.box.top, left: t.box.left, bottom: t.box.top, right: t.box.left })];
    if (prop === "rule")
      return v?.type === "list" && v.formulae?.[0]
        ? { list: { inCellDropDown: v.showDropDown !== true, source: listSource(v.formulae[0]) } }
        : {};
    if (prop === "prompt")
      return { showPrompt: !!v?.showInputMessage, title: v?.promptTitle ?? "", message: v?.prompt ?? "" };
    if (prop === "errorAlert")
      return {
        showAlert: v ? v.showErrorMessage !== false : true,
        style: v?.errorStyle ? v.errorStyle[0].toUpperCase() + v.errorStyle.slice(1) : "Stop",
        title: v?.errorTitle ?? "",
        message: v?.error ?? "",
      };
    if (prop === "ignoreBlanks") return v?.allowBlank !== false;
    return undefined;
  }
}

function quoteName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "$B$2:$B$5" (or "$B$2" for one cell). */
function absolute(b: Box): string {
  const one = (r: number, c: number) =>
    boxA1({ top: r, left: c, bottom: r, right: c }).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  return b.top === b.bottom && b.left === b.right
    ? one(b.top, b.left)
    : `${one(b.top, b.left)}:${one(b.bottom, b.right)}`;
}

// ---------------------------------------------------------------------------------------------
// Worksheet protection and page layout

const PROTECTION_KEYS: [keyof Excel.WorksheetProtectionOptions, string][] = [
  ["allowAutoFilter", "autoFilter"],
  ["allowDeleteColumns", "deleteColumns"],
  ["allowDeleteRows", "deleteRows"],
  ["allowFormatCells", "formatCells"],
  ["allowFormatColumns", "formatColumns"],
  ["allowFormatRows", "formatRows"],
  ["allowInsertColumns", "insertColumns"],
  ["allowInsertHyperlinks", "insertHyperlinks"],
  ["allowInsertRows", "insertRows"],
  ["allowPivotTables", "pivotTables"],
  ["allowSort", "sort"],
];

/** Office.js protection options from exceljs's sheetProtection model (true there means allowed). */
function protectionOptions(p: Record<string, unknown> | null): Excel.WorksheetProtectionOptions {
  const o: Record<string, unknown> = {};
  for (const [office, xl] of PROTECTION_KEYS) o[office] = p?.[xl] === true;
  o.allowEditObjects = p ? p.objects !== false : false;
  o.allowEditScenarios = p ? p.scenarios !== false : false;
  o.selectionMode =
    p?.selectLockedCells === false ? (p.selectUnlockedCells === false ? "None" : "Unlocked") : "Normal";
  return o as Excel.WorksheetProtectionOptions;
}

/** A sheet's protection as a test reads it back. */
export function protectionState(ws: ExcelJS.Worksheet): {
  protected: boolean;
  password: boolean;
  options: Excel.WorksheetProtectionOptions;
} {
  const p = protectionOf(ws);
  return { protected: p !== null, password: !!(p?.hashValue || p?.password), options: protectionOptions(p) };
}

export class WorksheetProtection extends Proxy<ExcelJS.Worksheet> {
  constructor(ctx: RequestContext, parent: Worksheet) {
    super(ctx, parent, { m: "protection", orNull: true, resolve: () => parent._t });
  }
  get protected(): boolean {
    return this._get("protected") as boolean;
  }
  get options(): Excel.WorksheetProtectionOptions {
    return this._get("options") as Excel.WorksheetProtectionOptions;
  }
  /**
   * Protects the sheet. Like current Excel builds (office-js issue 6784), protecting a protected
   * sheet or unprotecting an unprotected one is refused with AccessDenied: callers check first.
   */
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this._act("protect", [options ?? null, password ? "(password)" : null], (ws) => {
      if (protectionOf(ws)) throw new SimError("AccessDenied", "The sheet is already protected.");
      const p: Record<string, unknown> = { sheet: true };
      const o = options ?? {};
      for (const [office, xl] of PROTECTION_KEYS) if (o[office] === true) p[xl] = true;
      if (o.allowEditObjects !== true) p.objects = false;
      if (o.allowEditScenarios !== true) p.scenarios = false;
      const mode = String(o.selectionMode ?? "Normal");
      if (mode === "Unlocked" || mode === "None") p.selectLockedCells = false;
      if (mode === "None") p.selectUnlockedCells = false;
      if (password) {
        p.algorithmName = "SHA-512";
        p.hashValue = "(simulated)";
        p.simPassword = password;
      }
      (ws as unknown as { sheetProtection: unknown }).sheetProtection = p;
    });
  }
  unprotect(password?: string): void {
    this._act("unprotect", [password ? "(password)" : null], (ws) => {
      const p = protectionOf(ws);
      if (!p) throw new SimError("AccessDenied", "The sheet is not protected.");
      const hasPassword = !!(p.hashValue || p.password);
      if (hasPassword && (!password || (p.simPassword !== undefined && p.simPassword !== password)))
        throw new SimError("InvalidArgument", "The password you supplied is not correct.");
      (ws as unknown as { sheetProtection: unknown }).sheetProtection = null;
    });
  }
  override _props(): string[] {
    return ["protected", "options"];
  }
  override _read(ws: ExcelJS.Worksheet, prop: string): unknown {
    if (prop === "protected") return protectionOf(ws) !== null;
    if (prop === "options") return protectionOptions(protectionOf(ws));
    return undefined;
  }
}

const PAPER: Record<string, number> = { Letter: 1, Legal: 5, A3: 8, A4: 9, A5: 11 };

export class PageLayout extends Proxy<ExcelJS.Worksheet> {
  constructor(ctx: RequestContext, parent: Worksheet) {
    super(ctx, parent, { m: "pageLayout", orNull: true, resolve: () => parent._t });
  }
  get orientation(): string {
    return this._get("orientation") as string;
  }
  set orientation(v: string) {
    this._set("orientation", v, (ws) => {
      if (v !== "Portrait" && v !== "Landscape")
        throw new SimError("InvalidArgument", `Invalid orientation '${v}'.`);
      ws.pageSetup.orientation = v === "Portrait" ? "portrait" : "landscape";
    });
  }
  get paperSize(): string {
    return this._get("paperSize") as string;
  }
  set paperSize(v: string) {
    this._set("paperSize", v, (ws) => {
      if (!(v in PAPER)) throw new SimError("InvalidArgument", `Paper size '${v}' is not simulated.`);
      ws.pageSetup.paperSize = PAPER[v] as ExcelJS.PageSetup["paperSize"];
    });
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this._get("zoom") as Excel.PageLayoutZoomOptions;
  }
  /** Set as a whole object, as Office.js requires: a scale (10–400), or pages wide and tall (0: automatic). */
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this._set("zoom", v, (ws) => {
      const ps = ws.pageSetup;
      if (typeof v.scale === "number") {
        if (v.scale < 10 || v.scale > 400) throw new SimError("InvalidArgument", `Invalid scale ${v.scale}.`);
        ps.fitToPage = false;
        ps.scale = v.scale;
        return;
      }
      const h = v.horizontalFitToPages;
      const t = v.verticalFitToPages;
      if (typeof h !== "number" && typeof t !== "number")
        throw new SimError("InvalidArgument", "Zoom needs a scale or pages to fit.");
      for (const n of [h, t])
        if (typeof n === "number" && (n < 0 || !Number.isInteger(n)))
          throw new SimError("InvalidArgument", `Invalid number of pages ${n}.`);
      ps.fitToPage = true;
      if (typeof h === "number") ps.fitToWidth = h;
      if (typeof t === "number") ps.fitToHeight = t;
    });
  }
  setPrintTitleRows(printTitleRows: Range | string): void {
    const arg = typeof printTitleRows === "string" ? printTitleRows : { range: printTitleRows._id };
    this._act("setPrintTitleRows", [arg], (ws) => {
      const box = typeof printTitleRows === "string" ? parseBox(printTitleRows) : printTitleRows._t?.box;
      if (!box) throw new SimError("InvalidArgument", "Invalid print title rows.");
      ws.pageSetup.printTitlesRow = `${box.top}:${box.bottom}`;
    });
  }
  getPrintTitleRowsOrNullObject(): Range {
    return new Range(this._ctx, this, {
      m: "getPrintTitleRowsOrNullObject",
      orNull: true,
      resolve: () => {
        const ws = this._t as ExcelJS.Worksheet;
        const rows = ws.pageSetup.printTitlesRow;
        const box = rows ? parseBox(rows) : null;
        return box ? { ws, box } : null;
      },
    });
  }
  override _props(): string[] {
    return ["orientation", "paperSize", "zoom"];
  }
  override _read(ws: ExcelJS.Worksheet, prop: string): unknown {
    const ps = ws.pageSetup;
    if (prop === "orientation") return ps.orientation === "landscape" ? "Landscape" : "Portrait";
    if (prop === "paperSize")
      return (
        Object.keys(PAPER).find((k) => PAPER[k] === ps.paperSize) ??
        (ps.paperSize ? String(ps.paperSize) : "Letter")
      );
    if (prop === "zoom")
      return ps.fitToPage
        ? { horizontalFitToPages: ps.fitToWidth ?? 1, verticalFitToPages: ps.fitToHeight ?? 1, scale: null }
        : { horizontalFitToPages: null, verticalFitToPages: null, scale: ps.scale ?? 100 };
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Charts (simulator-side records: exceljs cannot hold charts)

export interface SimSeries {
  name: string;
  /** Where the values and the categories (x-axis values) come from; null when not set. */
  values: RangeTarget | null;
  categories: RangeTarget | null;
  /** "#RRGGBB" of a solid fill, null for automatic. */
  color: string | null;
}

export interface SimChart {
  ws: ExcelJS.Worksheet;
  name: string;
  type: string;
  title: { text: string; visible: boolean };
  /** The cells the chart covers, top-left and bottom-right; null where Excel placed it itself. */
  position: { start: Box; end: Box } | null;
  series: SimSeries[];
  /** The category axis's reversePlotOrder: the first category drawn at the top of a bar chart. */
  categoriesReversed: boolean;
}

/** Chart types the simulator accepts (Excel.ChartType values). */
const CHART_TYPES = new Set([
  "BarStacked",
  "BarStacked100",
  "BarClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "ColumnClustered",
  "Line",
  "Pie",
]);

function isText(cell: ExcelJS.Cell | undefined): boolean {
  return readCell(cell).valueType === "String";
}

/**
 * The series Excel makes of a source range, simplified: a first row of text names the series, a first
 * column of text gives the categories; one series per column ("Columns") or per row ("Rows"; "Auto"
 * takes rows when the range is wider than tall).
 */
function seriesFrom(t: RangeTarget, seriesBy: string): SimSeries[] {
  const { top, left, bottom, right } = t.box;
  const byRows = seriesBy === "Rows" || (seriesBy === "Auto" && right - left > bottom - top);
  const rowText = (r: number, from: number) =>
    Array.from({ length: right - from + 1 }, (_, i) => t.ws.findCell(r, from + i)).every(isText);
  const colText = (c: number, from: number) =>
    Array.from({ length: bottom - from + 1 }, (_, i) => t.ws.findCell(from + i, c)).every(isText);
  const wide = right > left;
  const tall = bottom > top;
  const headerRow = tall && wide && rowText(top, left + 1);
  const labelCol = tall && wide && colText(left, top + 1);
  const r0 = headerRow ? top + 1 : top;
  const c0 = labelCol ? left + 1 : left;
  const out: SimSeries[] = [];
  const text = (r: number, c: number) => readCell(t.ws.findCell(r, c)).text;
  if (!byRows)
    for (let c = c0; c <= right; c++)
      out.push({
        name: headerRow ? text(top, c) : `Series${out.length + 1}`,
        values: { ws: t.ws, box: { top: r0, left: c, bottom, right: c } },
        categories: labelCol ? { ws: t.ws, box: { top: r0, left, bottom, right: left } } : null,
        color: null,
      });
  else
    for (let r = r0; r <= bottom; r++)
      out.push({
        name: labelCol ? text(r, left) : `Series${out.length + 1}`,
        values: { ws: t.ws, box: { top: r, left: c0, bottom: r, right } },
        categories: headerRow ? { ws: t.ws, box: { top, left: c0, bottom: top, right } } : null,
        color: null,
      });
  return out;
}

export class ChartCollection extends Collection<Chart, SimChart, ExcelJS.Worksheet> {
  constructor(ctx: RequestContext, parent: Worksheet) {
    super(ctx, parent, { m: "charts", orNull: true, resolve: () => parent._t });
  }
  override _list(t: ExcelJS.Worksheet): SimChart[] {
    return this._ctx.st.charts.filter((c) => c.ws === t);
  }
  override _wrap(u: SimChart): Chart {
    return new Chart(this._ctx, null, u);
  }
  getItem(name: string): Chart {
    return new Chart(this._ctx, this, {
      m: "getItem",
      a: [name],
      resolve: () => this._list(this._t as ExcelJS.Worksheet).find((c) => c.name === name) ?? null,
    });
  }
  getItemOrNullObject(name: string): Chart {
    return new Chart(this._ctx, this, {
      m: "getItemOrNullObject",
      a: [name],
      orNull: true,
      resolve: () => this._list(this._t as ExcelJS.Worksheet).find((c) => c.name === name) ?? null,
    });
  }
  add(type: string, sourceData: Range, seriesBy = "Auto"): Chart {
    const st = this._ctx.st;
    return new Chart(this._ctx, this, {
      m: "add",
      a: [type, { range: sourceData._id }, seriesBy],
      resolve: () => {
        const ws = this._t as ExcelJS.Worksheet;
        const source = sourceData._t;
        if (!CHART_TYPES.has(type))
          throw new SimError("InvalidArgument", `Chart type '${type}' is not simulated.`);
        if (!source) throw new SimError("InvalidArgument", "The chart's source range does not exist.");
        refuseOnProtected({ ws, box: source.box }, "structure");
        let k = st.charts.length + 1;
        while (st.charts.some((c) => c.ws === ws && c.name === `Chart ${k}`)) k++;
        const chart: SimChart = {
          ws,
          name: `Chart ${k}`,
          type,
          title: { text: "", visible: false },
          position: null,
          series: seriesFrom(source, seriesBy),
          categoriesReversed: false,
        };
        st.charts.push(chart);
        return chart;
      },
    });
  }
}

export class Chart extends Proxy<SimChart> {
  private _title?: ChartTitle;
  private _series?: ChartSeriesCollection;
  private _axes?: ChartAxes;
  get title(): ChartTitle {
    return (this._title ??= new ChartTitle(this._ctx, this));
  }
  get axes(): ChartAxes {
    return (this._axes ??= new ChartAxes(this._ctx, this));
  }
  get series(): ChartSeriesCollection {
    return (this._series ??= new ChartSeriesCollection(this._ctx, this));
  }
  get name(): string {
    return this._get("name") as string;
  }
  set name(v: string) {
    this._set("name", v, (c) => {
      if (!v) throw new SimError("InvalidArgument", "A chart needs a name.");
      c.name = v;
    });
  }
  get chartType(): string {
    return this._get("chartType") as string;
  }
  /** Places the chart over the cells from startCell to endCell (addresses or ranges on its sheet). */
  setPosition(startCell: Range | string, endCell?: Range | string): void {
    const arg = (x: Range | string | undefined) => (x instanceof Range ? { range: x._id } : (x ?? null));
    this._act("setPosition", [arg(startCell), arg(endCell)], (c) => {
      const box = (x: Range | string | undefined) =>
        x === undefined ? undefined : x instanceof Range ? x._t?.box : parseBox(x);
      const start = box(startCell);
      const end = box(endCell) ?? start;
      if (!start || !end) throw new SimError("InvalidArgument", "Invalid chart position.");
      c.position = { start, end };
    });
  }
  delete(): void {
    this._act("delete", [], (c) => {
      refuseOnProtected({ ws: c.ws, box: { top: 1, left: 1, bottom: 1, right: 1 } }, "structure");
      this._ctx.st.charts = this._ctx.st.charts.filter((x) => x !== c);
    });
  }
  override _props(): string[] {
    return ["name", "chartType"];
  }
  override _read(c: SimChart, prop: string): unknown {
    return prop === "name" ? c.name : prop === "chartType" ? c.type : undefined;
  }
}

/** Chart.axes, simplified to the category axis. */
export class ChartAxes extends Proxy<SimChart> {
  private _category?: ChartAxis;
  constructor(ctx: RequestContext, parent: Chart) {
    super(ctx, parent, { m: "axes", orNull: true, resolve: () => parent._t });
  }
  get categoryAxis(): ChartAxis {
    return (this._category ??= new ChartAxis(this._ctx, this));
  }
  override _props(): string[] {
    return [];
  }
  override _read(): unknown {
    return undefined;
  }
}

/** The category axis (ExcelApi 1.7's reversePlotOrder only). */
export class ChartAxis extends Proxy<SimChart> {
  constructor(ctx: RequestContext, parent: ChartAxes) {
    super(ctx, parent, { m: "categoryAxis", orNull: true, resolve: () => parent._t });
  }
  get reversePlotOrder(): boolean {
    return this._get("reversePlotOrder") as boolean;
  }
  set reversePlotOrder(v: boolean) {
    this._set("reversePlotOrder", v, (c) => {
      c.categoriesReversed = v;
    });
  }
  override _props(): string[] {
    return ["reversePlotOrder"];
  }
  override _read(c: SimChart, prop: string): unknown {
    return prop === "reversePlotOrder" ? c.categoriesReversed : undefined;
  }
}

export class ChartTitle extends Proxy<SimChart> {
  constructor(ctx: RequestContext, parent: Chart) {
    super(ctx, parent, { m: "title", orNull: true, resolve: () => parent._t });
  }
  get text(): string {
    return this._get("text") as string;
  }
  /** Setting the text shows the title. */
  set text(v: string) {
    this._set("text", v, (c) => {
      c.title = { text: v, visible: true };
    });
  }
  get visible(): boolean {
    return this._get("visible") as boolean;
  }
  set visible(v: boolean) {
    this._set("visible", v, (c) => {
      c.title.visible = v;
    });
  }
  override _props(): string[] {
    return ["text", "visible"];
  }
  override _read(c: SimChart, prop: string): unknown {
    return prop === "text" ? c.title.text : prop === "visible" ? c.title.visible : undefined;
  }
}

export class ChartSeriesCollection extends Collection<ChartSeries, SimSeries, SimChart> {
  constructor(ctx: RequestContext, parent: Chart) {
    super(ctx, parent, { m: "series", orNull: true, resolve: () => parent._t });
  }
  override _list(t: SimChart): SimSeries[] {
    return t.series;
  }
  override _wrap(u: SimSeries): ChartSeries {
    return new ChartSeries(this._ctx, null, u);
  }
  get count(): number {
    return this._get("count") as number;
  }
  getItemAt(index: number): ChartSeries {
    return new ChartSeries(this._ctx, this, {
      m: "getItemAt",
      a: [index],
      resolve: () => (this._t as SimChart).series[index] ?? null,
    });
  }
  /** A new, empty series (shown once its values are set). */
  add(name?: string, index?: number): ChartSeries {
    return new ChartSeries(this._ctx, this, {
      m: "add",
      a: [name ?? null, index ?? null],
      resolve: () => {
        const chart = this._t as SimChart;
        const s: SimSeries = {
          name: name ?? `Series${chart.series.length + 1}`,
          values: null,
          categories: null,
          color: null,
        };
        chart.series.splice(index ?? chart.series.length, 0, s);
        return s;
      },
    });
  }
}

export class ChartSeries extends Proxy<SimSeries> {
  private _format?: ChartSeriesFormat;
  get format(): ChartSeriesFormat {
    return (this._format ??= new ChartSeriesFormat(this._ctx, this));
  }
  get name(): string {
    return this._get("name") as string;
  }
  set name(v: string) {
    this._set("name", v, (s) => {
      s.name = v;
    });
  }
  setValues(sourceData: Range): void {
    this._act("setValues", [{ range: sourceData._id }], (s) => {
      if (!sourceData._t) throw new SimError("InvalidArgument", "The values range does not exist.");
      s.values = sourceData._t;
    });
  }
  setXAxisValues(sourceData: Range): void {
    this._act("setXAxisValues", [{ range: sourceData._id }], (s) => {
      if (!sourceData._t) throw new SimError("InvalidArgument", "The x-axis range does not exist.");
      s.categories = sourceData._t;
    });
  }
  /** ExcelApi 1.15: "=Sheet!$B$2:$B$5" for "Values" or "Categories"/"XValues". */
  getDimensionDataSourceString(dimension: string): ClientResult<string> {
    const result = new ClientResult<string>();
    this._ctx.enqueue({ i: this._id, m: "getDimensionDataSourceString", a: [dimension] }, () => {
      const s = this._t as SimSeries;
      const src = dimension === "Values" || dimension === "YValues" ? s.values : s.categories;
      const value = src ? `=${quoteName(src.ws.name)}!${absolute(src.box)}` : "";
      this._ctx.stage(value, () => result._resolve(value));
    });
    return result;
  }
  override _props(): string[] {
    return ["name"];
  }
  override _read(s: SimSeries, prop: string): unknown {
    return prop === "name" ? s.name : undefined;
  }
}

export class ChartSeriesFormat extends Proxy<SimSeries> {
  private _fill?: ChartFill;
  constructor(ctx: RequestContext, parent: ChartSeries) {
    super(ctx, parent, { m: "format", orNull: true, resolve: () => parent._t });
  }
  get fill(): ChartFill {
    return (this._fill ??= new ChartFill(this._ctx, this));
  }
  override _props(): string[] {
    return [];
  }
  override _read(): unknown {
    return undefined;
  }
}

export class ChartFill extends Proxy<SimSeries> {
  constructor(ctx: RequestContext, parent: ChartSeriesFormat) {
    super(ctx, parent, { m: "fill", orNull: true, resolve: () => parent._t });
  }
  /** "#RRGGBB" (Excel also takes colour names; the add-in never sends them). */
  setSolidColor(color: string): void {
    this._act("setSolidColor", [color], (s) => {
      if (!/^#[0-9A-Fa-f]{6}$/.test(color))
        throw new SimError("InvalidArgument", `Invalid colour '${color}'.`);
      s.color = hexOf({ argb: argb(color) });
    });
  }
  clear(): void {
    this._act("clear", [], (s) => {
      s.color = null;
    });
  }
  /** ExcelApi 1.16. */
  getSolidColor(): ClientResult<string> {
    const result = new ClientResult<string>();
    this._ctx.enqueue({ i: this._id, m: "getSolidColor", a: [] }, () => {
      const value = (this._t as SimSeries).color ?? "";
      this._ctx.stage(value, () => result._resolve(value));
    });
    return result;
  }
  override _props(): string[] {
    return [];
  }
  override _read(): unknown {
    return undefined;
  }
}

/** A workbook opened with Excel.createWorkbook(base64). */
export interface SimCreatedWorkbook {
  /** The .xlsx as sent, base64; null for a new blank workbook. */
  base64: string | null;
}

export { ERRORS };
