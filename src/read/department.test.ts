import {
  namingSheet,
  namingSnapshot,
  titleNaming,
  type DepartmentPlaces,
} from "../../test/support/departments";
import { readWorkbook } from ".";
import {
  departmentKey,
  departmentListText,
  displayDepartment,
  isEmptyList,
  KNOWN_DEPARTMENTS,
  listedDepartment,
  nearestListed,
  parseDepartmentList,
} from "./department";

/** The names of issue 13, as the board should see them. */
const NAMES = [
  "Vapaa-aikatoimiala",
  "Sosiaali- ja terveystoimiala",
  "Elinvoima- ja ympäristötoimiala",
  "Kasvu- ja työllisyyspalvelut",
  "Konsernihallinnon toimiala",
  "Porin Vesi -liikelaitos",
  "Tekninen toimiala",
  "Sivistystoimiala",
];

const CASES: [string, (s: string) => string][] = [
  ["upper", (s) => s.toLocaleUpperCase("fi-FI")],
  ["lower", (s) => s.toLocaleLowerCase("fi-FI")],
  ["mixed, as written", (s) => s],
  ["mixed, every word capitalised", (s) => s.replace(/(^|\s)(\p{L})/gu, (_, a, b) => a + b.toUpperCase())],
];

const PLACES: [string, (written: string) => DepartmentPlaces][] = [
  ["the title", (w) => ({ title: titleNaming(w) })],
  ["a stray department row", (w) => ({ row: w })],
  ["the sheet name", (w) => ({ sheet: w })],
  ["the file name", (w) => ({ file: `${w} 2023.xlsx` })],
];

describe("each name in each place, in upper, lower and mixed case, reads as one department", () => {
  const rows = NAMES.flatMap((name) =>
    PLACES.flatMap(([place, where]) =>
      CASES.map(([c, write]) => [name, place, c, where(write(name))] as const),
    ),
  );
  it.each(rows)("%s in %s (%s)", (name, _place, _case, places) => {
    const report = namingSheet(places);
    expect(report.layout).toBe("block");
    expect(report.department).toBe(name);
  });

  it("and nowhere else: the sheet that names none has none", () => {
    expect(namingSheet({}).department).toBeNull();
  });
});

describe("file names as people save them", () => {
  it.each([
    ["elinvoima-ja-ymparisto-2023-vuosi.xlsx", "Elinvoima- ja ympäristötoimiala"],
    ["sosiaali-ja-terveystoimiala-2023.xlsx", "Sosiaali- ja terveystoimiala"],
    ["vapaa-aikatoimiala-T2-2023.xlsx", "Vapaa-aikatoimiala"],
    ["porin-vesi-liikelaitos-2023.xlsx", "Porin Vesi -liikelaitos"],
    ["Porin_Vesi_-liikelaitos_2023.xlsx", "Porin Vesi -liikelaitos"],
    ["SIVISTYSTOIMIALA_T2_2024.xlsm", "Sivistystoimiala"],
    ["C:\\raportit\\Tekninen toimiala 2024.xlsx", "Tekninen toimiala"],
    ["TA2024 toteuma Konsernihallinnon toimiala.xlsx", "Konsernihallinnon toimiala"],
    ["sivistys-2025-T2.xlsx", "Sivistystoimiala"],
    ["vapaa-aika-2023.xlsx", "Vapaa-aikatoimiala"],
    ["kasvu-ja-tyollisyyspalvelut_2026.xlsx", "Kasvu- ja työllisyyspalvelut"],
  ])("%s → %s", (file, name) => {
    expect(namingSheet({ file }).department).toBe(name);
  });

  it.each([
    "kolme-toimialaa-2025-T2.xlsx",
    "konsernihallinto-palveluohjelma-2018.xlsx",
    "kasvu-ja-tyollisyys-2026-T1.xlsx",
    "raportti.xlsx",
    "Kirja1",
  ])("%s names no department", (file) => {
    expect(namingSheet({ file }).department).toBeNull();
  });
});

describe("displayDepartment", () => {
  it.each([
    ["ELINVOIMA- JA YMPÄRISTÖTOIMIALA", "Elinvoima- ja ympäristötoimiala"],
    ["elinvoima- ja ympäristötoimiala", "Elinvoima- ja ympäristötoimiala"],
    // Names Toteuma does not know: sentence case as written, proper nouns kept.
    ["KULTTUURI- JA VAPAA-AIKATOIMIALA", "Kulttuuri- ja vapaa-aikatoimiala"],
    ["kaupunkiympäristön toimiala", "Kaupunkiympäristön toimiala"],
    ["Kaupunkiympäristön Toimiala", "Kaupunkiympäristön toimiala"],
    ["Kulttuuri- Ja Vapaa-aikatoimiala", "Kulttuuri- ja vapaa-aikatoimiala"],
    ["ICT-palvelut", "ICT-palvelut"],
    // A municipal enterprise is a proper name, however it was written.
    ["PORIN SATAMA -LIIKELAITOS", "Porin Satama -liikelaitos"],
    ["porin palveluliikelaitos", "Porin Palveluliikelaitos"],
    ["Porin Palveluliikelaitos", "Porin Palveluliikelaitos"],
    // The shared part's hyphen and stray spacing.
    ["Sosiaali -ja terveystoimiala", "Sosiaali- ja terveystoimiala"],
    ["Sosiaali-ja terveystoimiala", "Sosiaali- ja terveystoimiala"],
    ["SOSIAALI – JA TERVEYSTOIMIALA", "Sosiaali- ja terveystoimiala"],
    ["porin vesi - liikelaitos", "Porin Vesi -liikelaitos"],
    ["  “Sivistystoimiala”. ", "Sivistystoimiala"],
    ["Konsernipalvelut\u00a0", "Konsernipalvelut"],
  ])("%s → %s", (written, shown) => {
    expect(displayDepartment(written)).toBe(shown);
  });

  it("gives null for no name", () => {
    expect(displayDepartment(null)).toBeNull();
    expect(displayDepartment(" – ")).toBeNull();
    expect(displayDepartment("2023")).toBeNull();
  });

  it("is idempotent and gives the known names their own spelling", () => {
    for (const name of KNOWN_DEPARTMENTS) {
      expect(displayDepartment(name)).toBe(name);
      expect(displayDepartment(displayDepartment(name.toLocaleUpperCase("fi-FI")))).toBe(name);
    }
  });

  it("spells a name as the city's list does, aliases as the name they stand for", () => {
    const { list } = parseDepartmentList(
      "Kulttuuri- ja Vapaa-aikatoimiala\nKuva = Kulttuuri- ja vapaa-aikatoimiala",
    );
    expect(displayDepartment("KULTTUURI- JA VAPAA-AIKATOIMIALA", list)).toBe(
      "Kulttuuri- ja vapaa-aikatoimiala",
    );
    expect(displayDepartment("kuva", list)).toBe("Kulttuuri- ja vapaa-aikatoimiala");
    expect(displayDepartment("Tekninen Toimiala", list)).toBe("Tekninen toimiala");
  });
});

describe("departmentKey", () => {
  it("makes one key of every spelling of one department", () => {
    const keys = new Set(
      [
        "Elinvoima- ja ympäristötoimiala",
        "ELINVOIMA- JA YMPÄRISTÖTOIMIALA",
        "Elinvoima ja ympäristötoimiala",
        "elinvoima-ja-ymparistotoimiala",
        " Elinvoima -ja  ympäristö toimiala.",
      ].map(departmentKey),
    );
    expect([...keys]).toEqual(["elinvoimajaymparistotoimiala"]);
    expect(departmentKey("Sivistystoimiala")).not.toBe(departmentKey("Tekninen toimiala"));
  });
});

describe("parseDepartmentList", () => {
  const text = [
    "# Porin toimialat 2025",
    "Konsernipalvelut",
    "SIVISTYSTOIMIALA",
    "",
    "Sivistys = Sivistystoimiala   # the sheets' shortening",
    "Tekla = Tekninen toimiala",
    "tekninen toimiala",
    "Porin Vesi -liikelaitos",
    "Vesi = PORIN VESI -LIIKELAITOS",
  ].join("\n");

  it("reads names, aliases, comments and blank lines, every name in its display spelling", () => {
    expect(parseDepartmentList(text)).toEqual({
      list: {
        names: ["Konsernipalvelut", "Sivistystoimiala", "Tekninen toimiala", "Porin Vesi -liikelaitos"],
        aliases: [
          { alias: "Sivistys", name: "Sivistystoimiala" },
          { alias: "Tekla", name: "Tekninen toimiala" },
          { alias: "Vesi", name: "Porin Vesi -liikelaitos" },
        ],
      },
      problems: [],
    });
  });

  it("finds a name or alias in any spelling, and nothing else", () => {
    const { list } = parseDepartmentList(text);
    expect(listedDepartment(list, "sivistystoimiala")).toBe("Sivistystoimiala");
    expect(listedDepartment(list, "SIVISTYS")).toBe("Sivistystoimiala");
    expect(listedDepartment(list, "tekla")).toBe("Tekninen toimiala");
    expect(listedDepartment(list, "Porin vesi-liikelaitos")).toBe("Porin Vesi -liikelaitos");
    expect(listedDepartment(list, "Vapaa-aikatoimiala")).toBeNull();
    expect(isEmptyList(list)).toBe(false);
    expect(isEmptyList(parseDepartmentList("# nothing yet\n\n").list)).toBe(true);
    expect(isEmptyList(null)).toBe(true);
  });

  it("says what is wrong with each bad line, in one sentence per language, and keeps the good ones", () => {
    const bad = [
      "Sivistystoimiala",
      "= Konsernipalvelut",
      "Sivistys = Sivistystoimiala = Tekninen toimiala",
      "Sivistys = Sivistystoimiala",
      "Sivistys = Tekninen toimiala",
      "Sivistys",
      "Tekninen toimiala = Sivistystoimiala",
      "2025",
    ].join("\n");
    const { list, problems } = parseDepartmentList(bad);
    expect(list).toEqual({
      names: ["Sivistystoimiala", "Tekninen toimiala"],
      aliases: [{ alias: "Sivistys", name: "Sivistystoimiala" }],
    });
    expect(problems).toEqual([
      {
        line: 2,
        fi: "Rivi 2: kirjoita muu nimi ja toimiala muodossa 'Sivistys = Sivistystoimiala'.",
        en: "Line 2: write the other name and the department as 'Sivistys = Sivistystoimiala'.",
      },
      {
        line: 3,
        fi: "Rivi 3: rivillä saa olla vain yksi '=' (muu nimi = toimiala).",
        en: "Line 3: a line may have only one '=' (other name = department).",
      },
      {
        line: 5,
        fi: "Rivi 5: 'Sivistys' on jo rivillä 4 toimialan 'Sivistystoimiala' muu nimi.",
        en: "Line 5: 'Sivistys' is already another name of 'Sivistystoimiala' on line 4.",
      },
      {
        line: 6,
        fi: "Rivi 6: 'Sivistys' on jo rivillä 4 toimialan 'Sivistystoimiala' muu nimi, joten se ei voi olla oma toimialansa.",
        en: "Line 6: 'Sivistys' is already another name of 'Sivistystoimiala' on line 4, so it cannot be a department of its own.",
      },
      {
        line: 7,
        fi: "Rivi 7: 'Tekninen toimiala' on luettelossa oma toimialansa, joten se ei voi olla toimialan 'Sivistystoimiala' muu nimi.",
        en: "Line 7: 'Tekninen toimiala' is a department of its own on the list, so it cannot be another name of 'Sivistystoimiala'.",
      },
      {
        line: 8,
        fi: "Rivi 8: '2025' ei ole toimialan nimi.",
        en: "Line 8: '2025' is not the name of a department.",
      },
    ]);
  });

  it("takes Windows line ends and an alias that is the name itself", () => {
    expect(parseDepartmentList("Sivistystoimiala\r\nSIVISTYSTOIMIALA = Sivistystoimiala\r\n")).toEqual({
      list: { names: ["Sivistystoimiala"], aliases: [] },
      problems: [],
    });
  });
});

describe("nearestListed", () => {
  const { list } = parseDepartmentList(
    "Sivistystoimiala\nVapaa-aikatoimiala\nTekninen toimiala\nTekla = Tekninen toimiala",
  );
  it("proposes the listed name nearest by edit distance between keys", () => {
    expect(nearestListed(list, "Vapaa-aikatoimi")).toEqual({ name: "Vapaa-aikatoimiala", distance: 3 });
    expect(nearestListed(list, "SIVISTYS TOIMIALA")).toEqual({ name: "Sivistystoimiala", distance: 0 });
    expect(nearestListed(list, "Teknine toimiala")?.name).toBe("Tekninen toimiala");
  });
  it("proposes the name an alias stands for", () => {
    expect(nearestListed(list, "Tekl")).toEqual({ name: "Tekninen toimiala", distance: 1 });
  });
  it("has nothing to propose from an empty list", () => {
    expect(nearestListed({ names: [], aliases: [] }, "Sivistystoimiala")).toBeNull();
  });
});

describe("departmentListText: a sheet of names", () => {
  it("takes a name per row, the cells beside it as its other names, skipping a heading row", () => {
    const text = departmentListText([
      ["Toimiala", "Muut nimet"],
      ["Sivistystoimiala", "Sivistys", "SIVI"],
      [],
      ["", "Tekninen toimiala"],
      ["Vesi = Porin Vesi -liikelaitos"],
    ]);
    expect(text).toBe(
      [
        "Sivistystoimiala",
        "Sivistys = Sivistystoimiala",
        "SIVI = Sivistystoimiala",
        "Tekninen toimiala",
        "Vesi = Porin Vesi -liikelaitos",
      ].join("\n"),
    );
    expect(parseDepartmentList(text).list.names).toEqual([
      "Sivistystoimiala",
      "Tekninen toimiala",
      "Porin Vesi -liikelaitos",
    ]);
  });
  it("keeps a first row that is a name", () => {
    expect(departmentListText([["Konsernipalvelut"], ["Sivistystoimiala"]])).toBe(
      "Konsernipalvelut\nSivistystoimiala",
    );
  });
});

describe("reading with a city's list", () => {
  const { list } = parseDepartmentList(
    "Sivistystoimiala\nKulttuuritoimiala\nSivari = Sivistystoimiala\nTekla = Tekninen toimiala",
  );

  it("gives aliases the listed name, in every place", () => {
    expect(namingSheet({ title: titleNaming("SIVARI") }, list).department).toBe("Sivistystoimiala");
    expect(namingSheet({ sheet: "Sivari T2" }, list).department).toBe("Sivistystoimiala");
    expect(namingSheet({ file: "tekla_2024.xlsx" }, list).department).toBe("Tekninen toimiala");
    // A listed name without its "toimiala" in a sheet name, as "Sivistys T2" is for Sivistystoimiala.
    expect(namingSheet({ sheet: "Kulttuuri T2" }, list).department).toBe("Kulttuuritoimiala");
    expect(namingSheet({ sheet: "Kulttuuri T2" }).department).toBeNull();
  });

  it("takes a name not on the list as written", () => {
    expect(namingSheet({ title: titleNaming("VAPAA-AIKATOIMIALA") }, list).department).toBe(
      "Vapaa-aikatoimiala",
    );
  });

  it("records the list on the workbook report, for validation; an empty list is no list", () => {
    expect(readWorkbook(namingSnapshot({}), { departments: list }).departmentList).toEqual(list);
    expect(readWorkbook(namingSnapshot({})).departmentList).toBeUndefined();
    const empty = parseDepartmentList("# ei vielä\n").list;
    expect(readWorkbook(namingSnapshot({}), { departments: empty }).departmentList).toBeUndefined();
  });
});
