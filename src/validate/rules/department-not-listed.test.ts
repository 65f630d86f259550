import { namingSheet, titleNaming } from "../../../test/support/departments";
import { ruleTester } from "../../../test/support/rule-tester";
import { parseDepartmentList } from "../../read/department";
import { departmentNotListed } from "./department-not-listed";

const { list } = parseDepartmentList(
  ["Sivistystoimiala", "Vapaa-aikatoimiala", "Tekninen toimiala", "Tekla = Tekninen toimiala"].join("\n"),
);

ruleTester(departmentNotListed, {
  valid: [
    {
      name: "is quiet without a list: names are taken as written",
      report: namingSheet({ title: titleNaming("Vapaa-aikatoimi") }),
    },
    {
      name: "is quiet about a listed name in any spelling",
      report: namingSheet({ title: titleNaming("VAPAA-AIKATOIMIALA") }, list),
      departmentList: list,
    },
    {
      name: "is quiet about an alias, which reads as the listed name",
      report: namingSheet({ sheet: "Tekla 2024" }, list),
      departmentList: list,
    },
    {
      name: "is quiet about a sheet that names no department",
      report: namingSheet({}, list),
      departmentList: list,
    },
    {
      name: "is quiet with an empty list",
      report: namingSheet({ title: titleNaming("Vapaa-aikatoimi") }),
      departmentList: { names: [], aliases: [] },
    },
  ],
  invalid: [
    {
      name: "warns at the title, proposing the nearest listed name",
      report: namingSheet({ title: titleNaming("Vapaa-aikatoimi") }, list),
      departmentList: list,
      findings: [
        {
          cell: "A1",
          message: {
            fi: "Toimiala 'Vapaa-aikatoimi' ei ole toimialaluettelossa. Lähin luettelon nimi: 'Vapaa-aikatoimiala'.",
            en: "The department 'Vapaa-aikatoimi' is not on the department list. The nearest listed name: 'Vapaa-aikatoimiala'.",
          },
          suggestion: {
            fi: "Kirjoita 'Vapaa-aikatoimiala' tai lisää luetteloon 'Vapaa-aikatoimi = Vapaa-aikatoimiala' (saman toimialan toinen nimi) tai 'Vapaa-aikatoimi' (uusi toimiala).",
            en: "Write 'Vapaa-aikatoimiala', or add 'Vapaa-aikatoimi = Vapaa-aikatoimiala' (another name of the same department) or 'Vapaa-aikatoimi' (a new department) to the list.",
          },
        },
      ],
    },
    {
      name: "warns at the department row it was read from",
      report: namingSheet({ row: "VAPAA-AJAN TOIMIALA" }, list),
      departmentList: list,
      findings: [
        {
          cell: "A6",
          message: {
            fi: "Toimiala 'Vapaa-ajan toimiala' ei ole toimialaluettelossa. Lähin luettelon nimi: 'Vapaa-aikatoimiala'.",
          },
          suggestion: {
            fi: "Kirjoita 'Vapaa-aikatoimiala' tai lisää luetteloon 'Vapaa-ajan toimiala = Vapaa-aikatoimiala' (saman toimialan toinen nimi) tai 'Vapaa-ajan toimiala' (uusi toimiala).",
          },
        },
      ],
    },
    {
      name: "names the sheet name it was read from, at the title's cell",
      report: namingSheet({ sheet: "Kulttuuritoimiala 2024" }, list),
      departmentList: list,
      findings: [
        {
          cell: "A1",
          message: {
            fi: "Toimiala 'Kulttuuritoimiala' (välilehden nimestä 'Kulttuuritoimiala 2024') ei ole toimialaluettelossa. Lähin luettelon nimi: 'Sivistystoimiala'.",
            en: "The department 'Kulttuuritoimiala' (from the sheet name 'Kulttuuritoimiala 2024') is not on the department list. The nearest listed name: 'Sivistystoimiala'.",
          },
        },
      ],
    },
    {
      name: "proposes the name an alias stands for when the alias is nearest",
      report: namingSheet({ title: titleNaming("Teklaa") }, list),
      departmentList: list,
      findings: [
        {
          cell: "A1",
          message: {
            fi: "Toimiala 'Teklaa' ei ole toimialaluettelossa. Lähin luettelon nimi: 'Tekninen toimiala'.",
          },
        },
      ],
    },
    {
      name: "names the file name it was read from",
      report: namingSheet({ file: "kulttuuritoimiala_2024.xlsx" }, list),
      departmentList: list,
      findings: [
        {
          cell: "A1",
          message: {
            en: "The department 'Kulttuuritoimiala' (from the file name 'kulttuuritoimiala_2024.xlsx') is not on the department list. The nearest listed name: 'Sivistystoimiala'.",
          },
        },
      ],
    },
  ],
});
