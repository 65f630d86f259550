/** Command-line arguments of `toteuma`, and its help. */
import { parseScale, type Scale } from "../assess/scale";
import type { Language } from "../model/text";
import { languageOfEnvironment } from "../i18n";
import { commandNamed, COMMANDS } from "./commands";
import { UsageError, type Options } from "./options";

/** The commands' names as the usage errors list them: "read, validate, status, colour". */
const NAMES = COMMANDS.map((c) => c.names[0]);
const someOf = (last: string) => `${NAMES.slice(0, -1).join(", ")} ${last} ${NAMES[NAMES.length - 1]}`;

export function parseArgs(
  argv: string[],
  env: Record<string, string | undefined> = {},
): Options | "help" | "version" {
  const rest = [...argv];
  let lang: Language = languageOfEnvironment(env);
  let json = false;
  let out: string | null = null;
  let force = false;
  let expect: string[] | null = null;
  let scale: Scale | null = null;
  let departmentsFile: string | null = null;
  const named: Record<"period" | "year" | "department", string | null> = {
    period: null,
    year: null,
    department: null,
  };
  const positional: string[] = [];
  const departments = (v: string) =>
    v
      .split(";")
      .map((d) => d.trim())
      .filter((d) => d !== "");
  while (rest.length) {
    const a = rest.shift() as string;
    const option = /^--(period|year|department)(?:=(.*))?$/s.exec(a);
    if (option) {
      const [, key, inline] = option as unknown as [string, keyof typeof named, string | undefined];
      const v = inline ?? rest.shift();
      if (v === undefined || v === "")
        throw new UsageError(`Valitsin --${key} tarvitsee arvon.`, `Option --${key} needs a value.`);
      named[key] = v;
      continue;
    }
    if (a === "-h" || a === "--help" || a === "help") return "help";
    if (a === "-v" || a === "--version") return "version";
    if (a === "--json") json = true;
    else if (a === "--force" || a === "-f") force = true;
    else if (a === "-o" || a === "--out" || a === "--output") {
      const v = rest.shift();
      if (!v) throw new UsageError("Valitsin -o tarvitsee tiedostonimen.", "Option -o needs a file name.");
      out = v;
    } else if (a.startsWith("--out=")) out = a.slice(6);
    else if (a === "--expect") {
      const v = rest.shift();
      if (v === undefined)
        throw new UsageError(
          'Valitsin --expect tarvitsee toimialat: --expect "Sivistystoimiala;Tekninen toimiala".',
          'Option --expect needs the departments: --expect "Sivistystoimiala;Tekninen toimiala".',
        );
      expect = departments(v);
    } else if (a.startsWith("--expect=")) expect = departments(a.slice(9));
    else if (a === "--departments") {
      const v = rest.shift();
      if (!v)
        throw new UsageError(
          "Valitsin --departments tarvitsee toimialaluettelon tiedostonimen.",
          "Option --departments needs the file name of a department list.",
        );
      departmentsFile = v;
    } else if (a.startsWith("--departments=")) departmentsFile = a.slice("--departments=".length);
    else if (a === "--lang") {
      const v = (rest.shift() ?? "").toLowerCase();
      if (v !== "fi" && v !== "en") throw new UsageError("--lang on fi tai en.", "--lang is fi or en.");
      lang = v;
    } else if (a === "--scale" || a.startsWith("--scale=")) {
      const v = a === "--scale" ? (rest.shift() ?? "") : a.slice("--scale=".length);
      scale = parseScale(v);
      if (!scale)
        throw new UsageError(
          `--scale on pori tai distance, tai distance:N (N prosenttia tavoitteesta, 0 < N < 100), ei "${v}".`,
          `--scale is pori or distance, or distance:N (N per cent of the target, 0 < N < 100), not "${v}".`,
        );
    } else if (a === "--en") lang = "en";
    else if (a === "--fi") lang = "fi";
    else if (a.startsWith("-") && a !== "-")
      throw new UsageError(`Tuntematon valitsin ${a}.`, `Unknown option ${a}.`);
    else positional.push(a);
  }
  const name = positional.shift();
  if (!name) throw new UsageError(`Anna komento: ${someOf("tai")}.`, `Give a command: ${someOf("or")}.`);
  const command = commandNamed(name);
  if (!command)
    throw new UsageError(
      `Tuntematon komento "${name}". Komennot: ${NAMES.join(", ")}.`,
      `Unknown command "${name}". Commands: ${NAMES.join(", ")}.`,
    );
  if (positional.length === 0)
    throw new UsageError("Anna vähintään yksi .xlsx-tiedosto.", "Give at least one .xlsx file.");
  if (scale && !command.takesScale)
    throw new UsageError(
      "--scale koskee vain komentoja status ja colour.",
      "--scale applies only to the commands status and colour.",
    );
  for (const [key, v] of [...Object.entries(named), ["expect", expect] as const])
    if (v !== null && !command.takes?.includes(key as keyof typeof named | "expect"))
      throw new UsageError(
        `Komento ${command.names[0]} ei ota valitsinta --${key}.`,
        `The command ${command.names[0]} takes no --${key}.`,
      );
  const options: Options = {
    command,
    files: positional,
    json,
    out,
    lang,
    force,
    departments: departmentsFile,
    expect,
    scale,
    ...named,
  };
  command.checkUsage?.(options);
  return options;
}

export const HELP = {
  fi: `toteuma — talousarvion toiminnallisten tavoitteiden raportit (.xlsx)

Käyttö:
  toteuma read FILE... [--json]        Näytä, mitä työkirjasta luettiin
  toteuma validate FILE... [--json]    Tarkista raportti (virheet, varoitukset, huomautukset)
  toteuma status FILE... [--json]      Mittareiden tila ja perustelu
  toteuma colour FILE -o OUT.xlsx      Väritä mittareiden tila uuteen tiedostoon
  toteuma summary FILE... -o OUT.xlsx [--expect "A;B"] [--json]
                                       Toimialojen raporttien yhteenveto uuteen tiedostoon
                                       (välilehdet Yhteenveto, Mittarit, Poikkeamat)
  toteuma template FILE --period T1|T2|T3|Q1|Q2|Q3|Q4|H1|H2|year [--year VVVV]
                   [--department NIMI] -o OUT.xlsx
                                       Seuraavan kauden selvityspohja uuteen tiedostoon
  toteuma merge FILE... -o OUT.xlsx [--json]
                                       Toimialojen raporttivälilehdet yhteen työkirjaan
                                       (yhdistä; ensin välilehti Sisällys)

Valitsimet:
  --json        koneluettava tuloste
  --lang fi|en  kieli (oletus fi; myös TOTEUMA_LANG)
  --force       korvaa olemassa oleva tulostiedosto
  --expect      odotetut toimialat puolipisteellä erotettuina (summary): puuttuvat nimetään;
                ilman valitsinta odotetaan --departments-luettelon toimialat
  --scale pori|distance[:N]
                tila-asteikko tälle ajolle (status, colour): pori (oletus) tai etäisyys
                tavoitteesta, osittain N %:n sisällä (oletus 10); ilman valitsinta työkirjaan
                tallennettu asteikko. colour tallentaa annetun asteikon tulostiedostoon.
  --departments LUETTELO
                kaupungin toimialaluettelo (tekstitiedosto: nimi rivillään, "Sivistys =
                Sivistystoimiala", # kommentti; tai .xlsx, jonka välilehdellä nimet
                A-sarakkeessa): toimialat näytetään luettelon nimin, ja validate varoittaa
                nimestä, jota luettelossa ei ole (työkirjaan tallennetun luettelon sijaan)
  -h, --help    tämä ohje

Paluuarvot: 0 kunnossa; 1 tarkistuksessa virheitä (validate); 2 tiedostoa ei voitu lukea; 64 virheellinen komento.
`,
  en: `toteuma — budget operational-goal reports (.xlsx)

Usage:
  toteuma read FILE... [--json]        Show what was read from the workbook
  toteuma validate FILE... [--json]    Check the report (errors, warnings, notes)
  toteuma status FILE... [--json]      Each measure's status and reason
  toteuma colour FILE -o OUT.xlsx      Colour the measures' status into a new file
  toteuma summary FILE... -o OUT.xlsx [--expect "A;B"] [--json]
                                       Summary of the departments' reports into a new file
                                       (sheets Yhteenveto, Mittarit, Poikkeamat)
  toteuma template FILE --period T1|T2|T3|Q1|Q2|Q3|Q4|H1|H2|year [--year YYYY]
                   [--department NAME] -o OUT.xlsx
                                       The next period's selvitys template into a new file
  toteuma merge FILE... -o OUT.xlsx [--json]
                                       The departments' report sheets into one workbook
                                       (yhdistä; the sheet Sisällys first)

Options:
  --json        machine-readable output
  --lang fi|en  language (default fi; also TOTEUMA_LANG)
  --force       replace an existing output file
  --expect      expected departments, separated by semicolons (summary): missing ones are named;
                without it the --departments list's departments are expected
  --scale pori|distance[:N]
                status scale for this run (status, colour): pori (default) or distance to
                the target, partial within N % (default 10); without it the scale the
                workbook remembers. colour stores the scale given into the output file.
  --departments LIST
                the city's list of departments (a text file: a name per line,
                "Sivistys = Sivistystoimiala", # comments; or an .xlsx with the names in
                column A): departments are shown by the listed names, and validate warns
                about a name not on it (instead of a list kept in the workbook)
  -h, --help    this help

Exit codes: 0 fine; 1 validation found errors (validate); 2 a file could not be read; 64 bad usage.
`,
};
