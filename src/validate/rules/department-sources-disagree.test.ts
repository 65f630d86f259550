import { namingSheet, titleNaming } from "../../../test/support/departments";
import { completeReport } from "../../../test/support/reports";
import { ruleTester } from "../../../test/support/rule-tester";
import { parseDepartmentList } from "../../read/department";
import { departmentSourcesDisagree } from "./department-sources-disagree";

const { list } = parseDepartmentList("Sivistystoimiala\nVapaa-aikatoimiala\nSivari = Sivistystoimiala");

ruleTester(departmentSourcesDisagree, {
  valid: [
    {
      name: "is quiet when every place names one department, however spelt",
      report: namingSheet({
        title: titleNaming("ELINVOIMA- JA YMPÄRISTÖTOIMIALA"),
        row: "Elinvoima- ja ympäristötoimiala",
        sheet: "Elinvoima T2",
        file: "elinvoima-ja-ymparisto-2023-vuosi.xlsx",
      }),
    },
    {
      name: "is quiet about an alias on the city's list",
      report: namingSheet({ title: titleNaming("Sivistystoimiala"), sheet: "Sivari 2024" }, list),
      departmentList: list,
    },
    {
      name: "is quiet about a shortening and a name it starts ('Konserni', 'Konsernihallinnon toimiala')",
      report: namingSheet({ title: "KONSERNIHALLINNON TOIMIALAN TAVOITTEET 2018", sheet: "Konserni" }),
    },
    {
      name: "is quiet about a name with and without the city's name in front",
      report: namingSheet({ title: "Porin Palveluliikelaitos", sheet: "Palveluliikelaitos" }),
    },
    {
      name: "is quiet about 'Porin kaupungin' in front of a department's name",
      report: namingSheet({
        title: titleNaming("Porin kaupungin sivistystoimiala"),
        row: "Sivistystoimiala",
      }),
    },
    {
      name: "is quiet about a title that names only a unit of the department",
      report: namingSheet({
        title: "Kasvu- ja työllisyyspalvelut-yksikön toiminnalliset tavoitteet",
        sheet: "Elinvoima T1",
      }),
    },
    { name: "is quiet with a single place", report: namingSheet({ row: "Vapaa-aikatoimiala" }) },
    { name: "is quiet about reports not made by the readers", report: completeReport() },
  ],
  invalid: [
    {
      name: "notes a stray department row that disagrees with the title, at the row",
      report: namingSheet({ title: titleNaming("Sivistystoimiala"), row: "TEKNINEN TOIMIALA" }),
      findings: [
        {
          cell: "A6",
          message: {
            fi: "Toimialarivi (A6) viittaa toimialaan 'Tekninen toimiala', mutta otsikossa (A1) toimiala on 'Sivistystoimiala'. Taulukko lasketaan tarkemman lähteen mukaan toimialaan 'Sivistystoimiala'.",
            en: "The department row (A6) points to the department 'Tekninen toimiala', but the title (A1) names 'Sivistystoimiala'. The sheet is counted under the more specific one, 'Sivistystoimiala'.",
          },
          suggestion: {
            fi: "Jos toimiala on 'Sivistystoimiala', korjaa toimialarivi; muuten korjaa otsikko.",
            en: "If the department is 'Sivistystoimiala', correct the department row; otherwise correct the title.",
          },
        },
      ],
    },
    {
      name: "notes the sheet name and the file name at the winning place's cell, each naming itself",
      report: namingSheet({
        row: "Vapaa-aikatoimiala",
        sheet: "Sivistys T2",
        file: "Porin Vesi -liikelaitos 2023.xlsx",
      }),
      findings: [
        {
          cell: "A6",
          message: {
            fi: "Välilehden nimi 'Sivistys T2' viittaa toimialaan 'Sivistystoimiala', mutta toimialarivillä (A6) toimiala on 'Vapaa-aikatoimiala'. Taulukko lasketaan tarkemman lähteen mukaan toimialaan 'Vapaa-aikatoimiala'.",
          },
        },
        {
          cell: "A6",
          message: {
            en: "The file name 'Porin Vesi -liikelaitos 2023.xlsx' points to the department 'Porin Vesi -liikelaitos', but the department row (A6) names 'Vapaa-aikatoimiala'. The sheet is counted under the more specific one, 'Vapaa-aikatoimiala'.",
          },
        },
      ],
    },
    {
      name: "notes at A1 when neither place has a cell (the sheet name beats the file name)",
      report: namingSheet({ sheet: "Tekninen 2024", file: "sivistystoimiala.xlsx" }),
      findings: [
        {
          cell: "A1",
          message: {
            fi: "Tiedoston nimi 'sivistystoimiala.xlsx' viittaa toimialaan 'Sivistystoimiala', mutta välilehden nimessä 'Tekninen 2024' toimiala on 'Tekninen toimiala'. Taulukko lasketaan tarkemman lähteen mukaan toimialaan 'Tekninen toimiala'.",
          },
        },
      ],
    },
    {
      name: "notes a name that is only part of another department's ('Vapaa-aikatoimiala' in 'Kulttuuri- ja vapaa-aikatoimiala')",
      report: namingSheet({
        title: titleNaming("Kulttuuri- ja vapaa-aikatoimiala"),
        sheet: "Vapaa-aikatoimiala",
      }),
      findings: [{ cell: "A1" }],
    },
    {
      name: "notes another department whose name follows a genitive ('Konsernihallinnon toimiala', 'Tekninen toimiala')",
      report: namingSheet({ title: titleNaming("Konsernihallinnon toimiala"), row: "Tekninen toimiala" }),
      findings: [{ cell: "A6" }],
    },
    {
      name: "with a list, a listed name wins over a more specific place, which gets the note",
      report: namingSheet({ title: titleNaming("Kulttuuritoimiala"), row: "Vapaa-aikatoimiala" }, list),
      departmentList: list,
      findings: [
        {
          cell: "A1",
          message: {
            fi: "Otsikko (A1) viittaa toimialaan 'Kulttuuritoimiala', mutta toimialarivillä (A6) toimiala on 'Vapaa-aikatoimiala'. Taulukko lasketaan tarkemman lähteen mukaan toimialaan 'Vapaa-aikatoimiala'.",
          },
        },
      ],
    },
  ],
});
