import { formatCellValue, formatNumber, general, splitSections } from "./numfmt";

describe("formatNumber: what a Finnish Excel shows", () => {
  it.each<[number, string | undefined, string]>([
    [259000, "#,##0", "259 000"],
    [0, "#,##0", "0"],
    [5, "#,##0", "5"],
    [1234567.891, "#,##0.00", "1 234 567,89"],
    [-1234.5, "#,##0", "-1 235"],
    [0.23, "0 %", "23 %"],
    [0.3, "0 %", "30 %"],
    [0.235, "0.0 %", "23,5 %"],
    [0.235, "0%", "24%"],
    [0.5, "0.00%", "50,00%"],
    [1.005, "0.00", "1,01"],
    [2.5, "0", "3"],
    [-2.5, "0", "-3"],
    [-0.2, "0", "0"],
    [1234, '#,##0 "€"', "1 234 €"],
    [1234, "#,##0\\ \\€", "1 234 €"],
    [1800000, '#,##0.0,, "M€"', "1,8 M€"],
    [12000, "#,##0,", "12"],
    [7, "00", "07"],
    [0.5, "#.##", ",5"],
    [5, "#.##", "5,"],
    [-5, "#,##0;(#,##0)", "(5)"],
    [0, '#,##0;-#,##0;"–"', "–"],
    [-5, "[Red]#,##0;[Red]-#,##0", "-5"],
    [1234, "[$-40B]#,##0", "1 234"],
    [12345, "0.00E+00", "1,23E+04"],
    [42, "_-* #,##0_-;-* #,##0_-", " 42 "],
    [3.14159, "General", "3,14159"],
    [3, undefined, "3"],
  ])("%p with %p → %p", (value, fmt, text) => {
    expect(formatNumber(value, fmt)).toBe(text);
  });

  it("reads each format once and remembers it boundedly: many formats, then the first again, same text", () => {
    expect(formatNumber(1234.5, "#,##0.00")).toBe("1 234,50");
    // Sections shared between formats keep their own meaning (negative, zero sections).
    expect(formatNumber(-5, "#,##0;(#,##0)")).toBe("(5)");
    expect(formatNumber(-5, "#,##0")).toBe("-5");
    for (let k = 0; k < 600; k++) expect(formatNumber(k, `0 "x${k}"`)).toBe(`${k} x${k}`);
    expect(formatNumber(1234.5, "#,##0.00")).toBe("1 234,50");
    expect(formatNumber(0.235, "0.0 %")).toBe("23,5 %");
    expect(formatNumber(12345, "0.00E+00")).toBe("1,23E+04");
  });

  it("never puts a no-break space in the text", () => {
    for (const v of [1e3, 1e6, 123456789.5, 0.1234])
      for (const f of ["#,##0", "#,##0.00", "0 %", "General"])
        expect(formatNumber(v, f)).not.toMatch(/\u00a0/);
  });
});

describe("General", () => {
  it.each<[number, string]>([
    [0, "0"],
    [42, "42"],
    [-17, "-17"],
    [0.1 + 0.2, "0,3"],
    [1 / 3, "0,3333333333"],
    [123456.789, "123456,789"],
    [1e12, "1E+12"],
    [1.5e-10, "1,5E-10"],
  ])("%p → %p", (v, text) => expect(general(v)).toBe(text));
});

describe("dates, text, booleans", () => {
  const d = new Date(Date.UTC(2023, 5, 26, 14, 5, 9));
  it.each<[string | undefined, string]>([
    ["mm-dd-yy", "26.6.2023"], // built-in 14 follows the locale
    [undefined, "26.6.2023"],
    ["d.m.yyyy", "26.6.2023"],
    ["dd.mm.yyyy", "26.06.2023"],
    ["yyyy-mm-dd", "2023-06-26"],
    ["d. mmmm yyyy", "26. kesäkuu 2023"],
    ["dddd d.m.", "maanantai 26.6."],
    ["h:mm:ss", "14:05:09"],
    ["hh:mm AM/PM", "02:05 PM"],
    ["m/yyyy", "6/2023"],
  ])("a date with %p → %p", (fmt, text) => expect(formatCellValue(d, fmt)).toBe(text));

  it("renders date serials under date formats", () => {
    expect(formatNumber(45103, "d.m.yyyy")).toBe("26.6.2023");
  });

  it("shows text as it is, or through a text section", () => {
    expect(formatCellValue("n. 38 pv", "#,##0")).toBe("n. 38 pv");
    expect(formatCellValue("x", '0;-0;0;"Teksti: "@')).toBe("Teksti: x");
    expect(formatCellValue("=SUM(A1)", "@")).toBe("=SUM(A1)");
  });

  it("shows booleans as Finnish Excel does", () => {
    expect(formatCellValue(true)).toBe("TOSI");
    expect(formatCellValue(false)).toBe("EPÄTOSI");
    expect(formatCellValue(null)).toBe("");
  });

  it("splits sections but not inside quotes or escapes", () => {
    expect(splitSections('0;"a;b";\\;')).toEqual(["0", '"a;b"', "\\;"]);
  });
});
