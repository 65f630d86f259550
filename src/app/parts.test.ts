/** Long lists carved out of plain data into parts and put back (parts.ts): the same value, type for type. */
import { loadFixture } from "../../test/support/load";
import { whole } from "../model/slices";
import { working } from "./core";
import { assemble, carve } from "./parts";

describe("parts of long lists", () => {
  it("a snapshot, its report and assessments, carved into parts of 2 items and put back together, are what they were", async () => {
    const snapshot = await loadFixture("konsernipalvelut-2025-T2");
    const report = whole(working({ kind: "read", snapshot, departments: null }));
    const assessments = whole(working({ kind: "assess", report, scale: { kind: "pori" } }));
    expect(assessments.length).toBeGreaterThan(2);
    for (const value of [snapshot, report, assessments]) {
      const before = structuredClone(value);
      const { value: carved, parts } = carve(value, 2);
      expect(parts.length).toBeGreaterThan(1);
      expect(parts.every((p) => p.items.length <= 2)).toBe(true);
      // Nothing of the value itself was changed, and the carved value is smaller.
      expect(value).toStrictEqual(before);
      expect(JSON.stringify(carved).length).toBeLessThan(JSON.stringify(value).length);
      // As they cross: each a structured clone of its own.
      const crossed = structuredClone(carved);
      expect(assemble(crossed, structuredClone(parts))).toStrictEqual(value);
    }
  });

  it("cuts a long list at the top and at the depths a grid's rows and a report's focus areas lie; short ones stay", () => {
    const long = Array.from({ length: 12 }, (_, i) => ({ i }));
    expect(carve(long, 5).parts.map((p) => [p.path, p.items.length])).toEqual([
      [[], 5],
      [[], 5],
      [[], 2],
    ]);
    const value = { a: { b: [{ c: long }] }, short: [1, 2], deep: { x: { y: { z: { w: long } } } } };
    const { value: carved, parts } = carve(value, 5);
    expect(parts.map((p) => p.path.join("."))).toEqual(["a.b.0.c", "a.b.0.c", "a.b.0.c"]);
    expect(carved.a.b[0].c).toEqual([]);
    expect(carved.short).toEqual([1, 2]);
    // Deeper than a report's focus areas: left whole.
    expect(carved.deep.x.y.z.w).toBe(long);
    expect(assemble(carved, parts)).toStrictEqual(value);
  });

  it("big items go fewer to a part: about PART_BYTES of JSON each", () => {
    const big = Array.from({ length: 20 }, (_, i) => ({ i, text: "x".repeat(1000) }));
    const { parts } = carve({ list: big }, 10, 3000);
    expect(parts.map((p) => p.items.length)).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
    const small = Array.from({ length: 20 }, (_, i) => i);
    expect(carve(small, 10, 3000).parts.map((p) => p.items.length)).toEqual([10, 10]);
  });

  it("a part whose place is not a list is refused, never put somewhere else", () => {
    expect(() => assemble({ a: 1 }, [{ path: ["a"], items: [2] }])).toThrow("a");
  });
});
