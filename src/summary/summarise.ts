/**
 * The summary of many departments' report sheets: one line per department (one source counted for
 * each), the focus areas across them, the total, and every conflict between the sources, reported
 * and never silently resolved. Pure: the sources come in as plain data (source.ts).
 */
import { PERIODS, periodInfo, type Period } from "../model/period";
import { STATUSES } from "../model/status";
import type { Bilingual } from "../model/text";
import { closeSpellings } from "../validate/rules/name-spelling-variant";
import { departmentKey, nameKey } from "./keys";
import {
  COUNT_KEY,
  type Conflict,
  type DepartmentSummary,
  type FocusAreaSummary,
  type SourceCell,
  type SourceFile,
  type SourceSheet,
  type StatusCounts,
  type Summary,
} from "./types";

export interface SummariseOptions {
  /** Departments expected among the sources (`--expect`, the pane's list); each missing one is a conflict. */
  expected?: readonly string[];
}

const emptyCounts = (): StatusCounts => ({
  measures: 0,
  achieved: 0,
  partial: 0,
  notAchieved: 0,
  notAssessable: 0,
});

function countsOf(sources: readonly SourceSheet[]): StatusCounts {
  const c = emptyCounts();
  for (const s of sources)
    for (const m of s.measures) {
      c.measures++;
      c[COUNT_KEY[m.status]]++;
    }
  return c;
}

const shareOf = (c: StatusCounts): number | null => (c.measures === 0 ? null : c.achieved / c.measures);

/** "T1 2026", "vuosi 2023" / "year 2023", "2018", "kausi ei tiedossa" / "period not known". */
export function periodPhrase(period: Period | null, year: number | null): Bilingual {
  const p = period === null ? null : periodInfo(period).short;
  if (p === null && year === null) return { fi: "kausi ei tiedossa", en: "period not known" };
  if (p === null) return { fi: String(year), en: String(year) };
  return year === null ? p : { fi: `${p.fi} ${year}`, en: `${p.en} ${year}` };
}

const quote = (s: string) => `'${s}'`;

/** "a, b ja c" / "a, b and c". */
function list(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

const unknownDepartment: Bilingual = { fi: "toimiala ei tiedossa", en: "department not known" };

function departmentWords(name: string | null): Bilingual {
  return name === null ? unknownDepartment : { fi: name, en: name };
}

function uniqueFiles(sources: readonly SourceSheet[]): string[] {
  return [...new Set(sources.map((s) => s.file))];
}

/** Why the counted source of a department counts, against the one that came closest. */
function countedReason(chosen: SourceSheet, runnerUp: SourceSheet): Bilingual {
  if (chosen.period !== null && runnerUp.period === null)
    return { fi: "sen kausi on tiedossa", en: "its period is known" };
  if (chosen.measures.length > runnerUp.measures.length)
    return { fi: "siinä on enemmän mittareita", en: "it has more measures" };
  return { fi: "se annettiin ensin", en: "it was given first" };
}

interface Group {
  key: string;
  sources: SourceSheet[];
}

/**
 * The source that counts for a department: the one whose period is known, then the one with more
 * measures, then the one given first.
 */
function rank(group: readonly SourceSheet[], order: Map<SourceSheet, number>): SourceSheet[] {
  return [...group].sort(
    (a, b) =>
      Number(b.period !== null) - Number(a.period !== null) ||
      b.measures.length - a.measures.length ||
      (order.get(a) ?? 0) - (order.get(b) ?? 0),
  );
}

/** Summarises the sources: departments, focus areas, total, conflicts. */
export function summarise(
  files: readonly SourceFile[],
  sources: readonly SourceSheet[],
  options: SummariseOptions = {},
): Summary {
  const order = new Map(sources.map((s, i) => [s, i]));
  // A file with several report sheets is named with the sheet wherever a source is named.
  const sheetsPerFile = new Map<string, number>();
  for (const s of sources) sheetsPerFile.set(s.file, (sheetsPerFile.get(s.file) ?? 0) + 1);
  const label = (s: SourceSheet) =>
    (sheetsPerFile.get(s.file) ?? 0) > 1 ? `${s.file} / ${s.sheet}` : s.file;

  // ---- Departments: one group per known department, each unknown source on its own ----
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  sources.forEach((s, i) => {
    const key = departmentKey(s.department);
    if (key === null) {
      groups.push({ key: `?${i}`, sources: [s] });
      return;
    }
    let g = byKey.get(key);
    if (!g) {
      g = { key, sources: [] };
      byKey.set(key, g);
      groups.push(g);
    }
    g.sources.push(s);
  });

  const conflicts: Conflict[] = [];
  const departments: DepartmentSummary[] = groups.map((g) => {
    const [counted, ...notCounted] = rank(g.sources, order);
    const c = countsOf([counted]);
    return {
      department: counted.department,
      key: g.key,
      source: counted,
      notCounted,
      period: counted.period,
      year: counted.year,
      ...c,
      errors: counted.errors,
      warnings: counted.warnings,
      share: shareOf(c),
    };
  });
  departments.sort((a, b) => {
    if (a.department === null || b.department === null)
      return a.department === null && b.department === null
        ? (order.get(a.source) ?? 0) - (order.get(b.source) ?? 0)
        : a.department === null
          ? 1
          : -1;
    return a.department.localeCompare(b.department, "fi-FI");
  });
  const counted = departments.map((d) => d.source);

  // ---- Conflicts, in the order of CONFLICT_CODES ----
  for (const d of departments) {
    if (d.department !== null) continue;
    const s = d.source;
    conflicts.push({
      code: "unknown-department",
      message: {
        fi: `Toimialaa ei saatu selville: tiedosto ${s.file}, välilehti ${quote(s.sheet)}. Sen mittarit ovat omalla rivillään.`,
        en: `The department could not be determined: file ${s.file}, sheet ${quote(s.sheet)}. Its measures are on a line of their own.`,
      },
      files: [s.file],
      cells: [{ file: s.file, sheet: s.sheet, cell: "A1" }],
    });
  }

  for (const d of departments) {
    if (d.notCounted.length === 0) continue;
    const all = [d.source, ...d.notCounted].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    const described = (lang: "fi" | "en") =>
      all.map((s) => {
        const n = s.measures.length;
        const measures =
          lang === "fi"
            ? `${n} ${n === 1 ? "mittari" : "mittaria"}`
            : `${n} ${n === 1 ? "measure" : "measures"}`;
        return `${label(s)} (${periodPhrase(s.period, s.year)[lang]}, ${measures})`;
      });
    const why = countedReason(d.source, d.notCounted[0]);
    const others = d.notCounted.map(label);
    const name = d.department as string;
    conflicts.push({
      code: "duplicate-department",
      message: {
        fi:
          `Toimiala ${quote(name)} on ${all.length} lähteessä: ${list(described("fi"), "ja")}. ` +
          `Mukana on ${label(d.source)}, koska ${why.fi}; ${list(others, "ja")} ei ole laskettu mukaan.`,
        en:
          `The department ${quote(name)} is in ${all.length} sources: ${list(described("en"), "and")}. ` +
          `Counted: ${label(d.source)}, because ${why.en}; ${list(others, "and")} not counted.`,
      },
      files: uniqueFiles(all),
      cells: all.map((s) => ({ file: s.file, sheet: s.sheet, cell: "A1" })),
    });
  }

  conflicts.push(...periodConflicts(departments));
  conflicts.push(...variantConflicts(departments));

  for (const expected of options.expected ?? []) {
    const key = departmentKey(expected);
    if (key === null || byKey.has(key)) continue;
    const name = expected.trim();
    conflicts.push({
      code: "missing-department",
      message: {
        fi: `Odotettu toimiala ${quote(name)} puuttuu: yksikään lähde ei ole siltä.`,
        en: `The expected department ${quote(name)} is missing: no source is from it.`,
      },
      files: [],
    });
  }

  // ---- Focus areas across the counted sources ----
  const focus = new Map<
    string,
    { forms: Map<string, number>; counts: StatusCounts; departments: Set<number> }
  >();
  // Tens of thousands of measures share a handful of focus areas: each text's key is made once.
  const keys = new Map<string, string>();
  departments.forEach((d, i) => {
    for (const m of d.source.measures) {
      let key = keys.get(m.focusArea);
      if (key === undefined) keys.set(m.focusArea, (key = nameKey(m.focusArea)));
      let f = focus.get(key);
      if (!f) focus.set(key, (f = { forms: new Map(), counts: emptyCounts(), departments: new Set() }));
      f.forms.set(m.focusArea, (f.forms.get(m.focusArea) ?? 0) + 1);
      f.counts.measures++;
      f.counts[COUNT_KEY[m.status]]++;
      f.departments.add(i);
    }
  });
  const focusAreas: FocusAreaSummary[] = [...focus.entries()]
    .map(([key, f]) => {
      let text = "";
      let n = 0;
      for (const [form, k] of f.forms) if (k > n) [text, n] = [form, k];
      return {
        focusArea: text,
        key,
        departments: [...f.departments].sort((a, b) => a - b).map((i) => departments[i].department),
        ...f.counts,
        share: shareOf(f.counts),
      };
    })
    .sort((a, b) => (a.key === "" ? 1 : b.key === "" ? -1 : a.focusArea.localeCompare(b.focusArea, "fi-FI")));

  const total = countsOf(counted);
  const periods = new Set(counted.map((s) => s.period).filter((p) => p !== null));
  const years = new Set(counted.map((s) => s.year).filter((y) => y !== null));
  // Conflicts name files in the order they were given.
  const fileOrder = new Map(files.map((f, i) => [f.file, i]));
  for (const c of conflicts) c.files.sort((a, b) => (fileOrder.get(a) ?? 0) - (fileOrder.get(b) ?? 0));
  return {
    files: [...files],
    sources: [...sources],
    departments,
    focusAreas,
    total: {
      ...total,
      share: shareOf(total),
      errors: counted.reduce((n, s) => n + s.errors, 0),
      warnings: counted.reduce((n, s) => n + s.warnings, 0),
    },
    conflicts,
    period:
      periods.size > 1 || years.size > 1
        ? null
        : { period: [...periods][0] ?? null, year: [...years][0] ?? null },
  };
}

/** The counted sources' periods and years, when more than one of either is named. */
function periodConflicts(departments: readonly DepartmentSummary[]): Conflict[] {
  const out: Conflict[] = [];
  const named = (d: DepartmentSummary) => departmentWords(d.department);
  const group = <K>(key: (d: DepartmentSummary) => K | null) => {
    const by = new Map<K, DepartmentSummary[]>();
    const none: DepartmentSummary[] = [];
    for (const d of departments) {
      const k = key(d);
      if (k === null) none.push(d);
      else by.set(k, [...(by.get(k) ?? []), d]);
    }
    return { by, none };
  };
  const parts = (entries: [Bilingual, DepartmentSummary[]][], lang: "fi" | "en") =>
    entries.map(([what, ds]) => `${what[lang]} (${ds.map((d) => named(d)[lang]).join(", ")})`).join(", ");
  const sources = (ds: readonly DepartmentSummary[]) => uniqueFiles(ds.map((d) => d.source));

  const periods = group((d) => d.period);
  if (periods.by.size > 1) {
    const entries = [...periods.by.entries()]
      .sort((a, b) => PERIODS.indexOf(a[0]) - PERIODS.indexOf(b[0]))
      .map(([p, ds]): [Bilingual, DepartmentSummary[]] => [periodPhrase(p, null), ds]);
    const unknown = periods.none.map((d) => named(d));
    out.push({
      code: "period-mismatch",
      message: {
        fi:
          `Lähteet ovat eri kausilta: ${parts(entries, "fi")}.` +
          (unknown.length ? ` Kausi ei tiedossa: ${unknown.map((u) => u.fi).join(", ")}.` : ""),
        en:
          `The sources are for different periods: ${parts(entries, "en")}.` +
          (unknown.length ? ` Period not known: ${unknown.map((u) => u.en).join(", ")}.` : ""),
      },
      files: sources([...periods.by.values()].flat()),
    });
  }
  const years = group((d) => d.year);
  if (years.by.size > 1) {
    const entries = [...years.by.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([y, ds]): [Bilingual, DepartmentSummary[]] => [{ fi: String(y), en: String(y) }, ds]);
    const unknown = years.none.map((d) => named(d));
    out.push({
      code: "year-mismatch",
      message: {
        fi:
          `Lähteet ovat eri vuosilta: ${parts(entries, "fi")}.` +
          (unknown.length ? ` Vuosi ei tiedossa: ${unknown.map((u) => u.fi).join(", ")}.` : ""),
        en:
          `The sources are for different years: ${parts(entries, "en")}.` +
          (unknown.length ? ` Year not known: ${unknown.map((u) => u.en).join(", ")}.` : ""),
      },
      files: sources([...years.by.values()].flat()),
    });
  }
  return out;
}

interface Spelling {
  kind: "focusArea" | "goal";
  key: string;
  /** Each way it is written, with how often. */
  forms: Map<string, number>;
  count: number;
  /** Indexes into the department table. */
  departments: Set<number>;
  cells: SourceCell[];
  first: number;
}

/** Letters of a key as counts, for a quick lower bound of the edit distance between two keys. */
function histogram(key: string): Map<string, number> {
  const h = new Map<string, number>();
  for (const ch of key) h.set(ch, (h.get(ch) ?? 0) + 1);
  return h;
}

/** Each edit changes at most two letter counts by one: half the histograms' difference is a lower bound. */
function histogramBound(a: Map<string, number>, b: Map<string, number>): number {
  let d = 0;
  for (const [ch, n] of a) d += Math.abs(n - (b.get(ch) ?? 0));
  for (const [ch, n] of b) if (!a.has(ch)) d += n;
  return Math.ceil(d / 2);
}

/**
 * Focus areas and goals spelled slightly differently ("Kasvava Pori" / "Kasvava Porii", the same
 * closeness the check's name-spelling-variant rule uses within a workbook) where the spellings
 * together come from more than one department. Case, spaces and a trailing full stop give the same
 * key, so they never reach this.
 */
function variantConflicts(departments: readonly DepartmentSummary[]): Conflict[] {
  const spellings = new Map<string, Spelling>();
  let seen = 0;
  departments.forEach((d, i) => {
    const s = d.source;
    for (const n of s.names) {
      const key = nameKey(n.text);
      if (!key) continue;
      const id = `${n.kind}\u0000${key}`;
      let sp = spellings.get(id);
      if (!sp) {
        sp = {
          kind: n.kind,
          key,
          forms: new Map(),
          count: 0,
          departments: new Set(),
          cells: [],
          first: seen,
        };
        spellings.set(id, sp);
      }
      seen++;
      sp.count++;
      sp.forms.set(n.text, (sp.forms.get(n.text) ?? 0) + 1);
      sp.departments.add(i);
      sp.cells.push({ file: s.file, sheet: s.sheet, cell: n.cell });
    }
  });
  const out: Conflict[] = [];
  for (const kind of ["focusArea", "goal"] as const) {
    // Keys by length: spellings close enough differ in length by at most five.
    const list = [...spellings.values()]
      .filter((s) => s.kind === kind)
      .sort((a, b) => a.key.length - b.key.length);
    const hist = list.map((s) => histogram(s.key));
    for (let i = 0; i < list.length; i++) {
      const a = list[i];
      for (let j = i + 1; j < list.length && list[j].key.length - a.key.length <= 5; j++) {
        const b = list[j];
        const len = Math.max(a.key.length, b.key.length);
        const max = Math.min(5, Math.max(1, Math.floor(len / 10)));
        if (histogramBound(hist[i], hist[j]) > max) continue;
        if (!closeSpellings(a.key, b.key)) continue;
        const involved = new Set([...a.departments, ...b.departments]);
        if (involved.size < 2) continue;
        out.push(variantConflict(kind, a, b, departments));
      }
    }
  }
  return out;
}

function variantConflict(
  kind: "focusArea" | "goal",
  a: Spelling,
  b: Spelling,
  departments: readonly DepartmentSummary[],
): Conflict {
  // The more common spelling first (more departments, then more often, then first seen).
  const [common, rare] = [a, b].sort(
    (x, y) => y.departments.size - x.departments.size || y.count - x.count || x.first - y.first,
  );
  const written = (s: Spelling) => {
    let text = "";
    let n = 0;
    for (const [form, k] of s.forms) if (k > n) [text, n] = [form, k];
    return text;
  };
  const where = (s: Spelling, lang: "fi" | "en") =>
    [...s.departments]
      .sort((x, y) => x - y)
      .map((i) => departmentWords(departments[i].department)[lang])
      .join(", ");
  const what: Bilingual =
    kind === "focusArea" ? { fi: "Painopiste", en: "The focus area" } : { fi: "Tavoite", en: "The goal" };
  const cells = [...common.cells, ...rare.cells];
  return {
    code: "name-variant",
    message: {
      fi: `${what.fi} on kirjoitettu eri tavoin eri toimialoilla: ${quote(written(common))} (${where(common, "fi")}) ja ${quote(written(rare))} (${where(rare, "fi")}).`,
      en: `${what.en} is spelled differently across departments: ${quote(written(common))} (${where(common, "en")}) and ${quote(written(rare))} (${where(rare, "en")}).`,
    },
    files: [...new Set(cells.map((c) => c.file))],
    cells: rare.cells,
  };
}

/** The statuses in the city's order, with the key of each in StatusCounts. */
export const STATUS_COLUMNS = STATUSES.map((status) => ({ status, key: COUNT_KEY[status] }));
