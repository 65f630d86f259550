/**
 * Big plain data sent between the pane and its worker in parts (coreWorker.ts). A structured clone is
 * made in one piece on the thread that sends it and rebuilt in one piece on the thread that hears it:
 * a snapshot of a 50,000-row sheet is about 24 MB to clone and its report 18 MB, a few hundred
 * milliseconds of the pane's thread each. Cut into parts of at most PART_ITEMS items and about
 * PART_BYTES (judged from a few items' JSON), each part is a message of its own: the pane's thread
 * takes a turn between them (paints, answers clicks).
 *
 * `carve` takes the long arrays out of a value (any array longer than PART_ITEMS within the first few
 * levels of plain objects and arrays: a grid's rows, a report's focus areas, the findings) and gives
 * the value without them (each left as an empty array) and the parts to send; `assemble` puts the
 * parts back. A value carved and assembled is equal to the value, type for type.
 */

/** The most items of one array in one part (about 250 KB of grid rows). */
export const PART_ITEMS = 500;

/** About how big a part may be, in characters of JSON: a few milliseconds to clone. */
export const PART_BYTES = 256 * 1024;

/** How deep long arrays are looked for: a snapshot's grid rows (snapshot.sheets[i].cells), a report's focus areas (report.sheets[i].focusAreas). */
const DEPTH = 4;

/** Where in a value: keys and indexes from its top. */
export type PartPath = (string | number)[];

/** Some items of an array at `path`, appended in order. */
export interface Part {
  path: PartPath;
  items: unknown[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The value without its long arrays, and those arrays' items in parts (in order). */
export function carve<T>(
  value: T,
  partItems = PART_ITEMS,
  partBytes = PART_BYTES,
): { value: T; parts: Part[] } {
  const parts: Part[] = [];
  const walk = (v: unknown, path: PartPath): unknown => {
    if (Array.isArray(v)) {
      if (v.length > partItems) {
        // Big items (a report's focus areas, with all their goals) go fewer to a part.
        const sample = [v[0], v[v.length >> 1], v[v.length - 1]];
        const itemBytes = Math.max(...sample.map((item) => JSON.stringify(item ?? null)?.length ?? 1));
        const n = Math.max(1, Math.min(partItems, Math.floor(partBytes / itemBytes)));
        for (let i = 0; i < v.length; i += n) parts.push({ path, items: v.slice(i, i + n) });
        return [];
      }
      return path.length < DEPTH ? v.map((item, i) => walk(item, [...path, i])) : v;
    }
    if (path.length < DEPTH && isPlainObject(v)) {
      const out: Record<string, unknown> = Object.getPrototypeOf(v) === null ? Object.create(null) : {};
      for (const key of Object.keys(v)) out[key] = walk(v[key], [...path, key]);
      return out;
    }
    return v;
  };
  return { value: walk(value, []) as T, parts };
}

/** Puts carved parts back into their value (in place), in the order they were carved. */
export function assemble<T>(value: T, parts: readonly Part[]): T {
  for (const part of parts) {
    let at: unknown = value;
    for (const key of part.path) at = (at as Record<string | number, unknown>)[key];
    if (!Array.isArray(at)) throw new Error(`A part's place is not a list: ${part.path.join(".")}`);
    for (const item of part.items) at.push(item);
  }
  return value;
}
