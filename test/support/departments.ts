/**
 * Test-only: a small goal sheet (block layout) that names its department in the places a test
 * chooses — the title (A1), a stray department row under the TEKO (A6), the sheet name, the file
 * name — read by the product's own reader, with or without a city's list of departments.
 */
import type { DepartmentList } from "../../src/model/department";
import type { WorkbookSnapshot } from "../../src/model/grid";
import type { Report } from "../../src/model/report";
import { readWorkbook } from "../../src/read";
import { blockSheet } from "./generate";

export interface DepartmentPlaces {
  /** The whole title line (A1); default "Toiminnalliset tavoitteet 2023", which names none. */
  title?: string;
  /** A lone department row under the TEKO (A6). */
  row?: string;
  /** The sheet's name; default "T2 2023", which names none. */
  sheet?: string;
  /** The workbook's file name; default "raportti.xlsx", which names none. */
  file?: string;
}

/** The title line naming a department as the year-end reports do: "…toteutuminen 2023, <name>". */
export const titleNaming = (name: string): string =>
  `Talousarvion toiminnallisten tavoitteiden toteutuminen 2023, ${name}`;

/** The workbook of one goal sheet naming its department in the given places. */
export function namingSnapshot(places: DepartmentPlaces): WorkbookSnapshot {
  const { grid } = blockSheet(
    places.sheet ?? "T2 2023",
    [
      {
        focus: "Kasvava Pori",
        goal: "Toimivat yhteydet",
        commitments: [
          {
            text: "Sujuvat palvelut",
            departmentRow: places.row,
            actions: [
              {
                text: "Palveluverkon uudistus",
                measures: [{ text: "Asiakastyytyväisyys", baseline: "3,8", target: "4,0" }],
                selvitys: {
                  heading: "Selvitys toimenpiteen edistymisestä toisella vuosikolmanneksella (T2):",
                  text: "Edennyt.",
                },
              },
            ],
          },
        ],
      },
    ],
    { title: places.title ?? "Toiminnalliset tavoitteet 2023" },
  );
  return { name: places.file ?? "raportti.xlsx", sheets: [grid] };
}

/** That sheet as read, with the city's list when given. */
export function namingSheet(places: DepartmentPlaces, list?: DepartmentList | null): Report {
  return readWorkbook(namingSnapshot(places), { departments: list ?? null }).sheets[0];
}
