/**
 * Every text the task pane shows, in Finnish and English. `en` must have exactly the keys of `fi`
 * (TypeScript enforces it: a missing or extra key does not compile), and functions take the same
 * arguments in both languages.
 */
import type { Language, Layout, Period } from "../model";
import { periodInfo } from "../model/period";

const fiPlural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const enPlural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const fi = {
  appTitle: "Toteuma",
  appSubtitle: "Talousarvion toiminnalliset tavoitteet",
  tabsLabel: "Näkymät",
  tabRead: "Luettu",
  tabValidate: "Tarkistus",
  tabStatus: "Tila",
  loadingWorkbook: "Luetaan työkirjaa…",
  refresh: "Lue uudelleen",
  refreshLabel: "Lue työkirja uudelleen",
  notInExcel: "Toteuma toimii Excelissä. Avaa työkirja Excelissä ja käynnistä Toteuma Aloitus-välilehdeltä.",
  errorTitle: "Jokin meni vikaan",
  errorDetail: "Tarkempi syy",
  dismiss: "Sulje",
  versionLine: (version: string) => `Toteuma, versio ${version}`,
  // Progress bar while a command runs
  progressSnapshot: "Haetaan soluja Excelistä…",
  progressRead: "Luetaan välilehtiä…",
  progressValidate: "Tarkistetaan välilehtiä…",
  progressAssess: "Arvioidaan mittareita…",
  progressApply: "Kirjoitetaan työkirjaan…",
  progressOpen: "Avataan uutta työkirjaa…",
  progressMerge: "Kootaan yhdistettyä työkirjaa…",
  progressSelect: "Valitaan solua…",
  progressStep: (n: number, total: number) => `vaihe ${n}/${total}`,
  progressSheets: (done: number, total: number) => `${done}/${total} välilehteä`,
  progressMeasures: (done: number, total: number) => `${done}/${total} mittaria`,
  // Read view
  sheetCount: (n: number) => fiPlural(n, "taulukko", "taulukkoa"),
  actionsCount: (n: number) => fiPlural(n, "toimenpide", "toimenpidettä"),
  measuresCount: (n: number) => fiPlural(n, "mittari", "mittaria"),
  layoutLabel: "Rakenne",
  departmentLabel: "Toimiala",
  periodLabel: "Kausi",
  unknown: "ei tiedossa",
  noGoalStructure: "Taulukossa ei ole tavoiterakennetta.",
  unreadableGoalStructure:
    "Taulukko näyttää tavoitetaulukolta, mutta sen rakennetta ei saatu luettua. Katso Tarkistus-välilehti.",
  focusAreaLabel: "Painopiste",
  themeLabel: "Teema",
  longTermGoalLabel: "Pitkän aikavälin tavoite",
  unitLabel: "Yksikkö",
  goalLabel: "Tavoite",
  commitmentLabel: "Teko",
  actionLabel: "Toimenpide",
  measureLabel: "Mittari",
  baselineLabel: "Lähtötaso",
  targetLabel: "Tavoitetaso",
  actualLabel: "Toteuma",
  ownStatusLabel: "Oma arvio",
  notWritten: "(ei kirjoitettu)",
  missingValue: "–",
  selectCell: (what: string, cell: string) => `${what}, valitse solu ${cell}`,
  hierarchyLabel: (sheet: string) => `Tavoiterakenne, taulukko ${sheet}`,
  financialGoalsLabel: "Taloudelliset tavoitteet",
  nodeCounts: (actions: number, measures: number) =>
    `${fiPlural(actions, "toimenpide", "toimenpidettä")}, ${fiPlural(measures, "mittari", "mittaria")}`,
  expandAll: "Avaa kaikki",
  collapseAll: "Sulje kaikki",
  treeCollapsedNote: (measures: number) =>
    `Työkirjassa on ${measures} mittaria, joten rakenne näytetään suljettuna. Avaa haara napsauttamalla sitä.`,
  toggleLabel: (what: string) => `Näytä tai piilota: ${what}`,
  // Validation view
  runValidation: "Tarkista raportti",
  rerunValidation: "Tarkista uudelleen",
  validating: "Tarkistetaan…",
  validationIntro:
    "Tarkistus käy läpi tavoiterakenteen ja kertoo, mitä puuttuu tai on väärin. Työkirjan soluja ei muuteta.",
  noFindings: "Raportista ei löytynyt huomautettavaa.",
  writeFindings: "Kirjoita havainnot taulukkoon Tarkistus",
  writingFindings: "Kirjoitetaan…",
  findingsWritten: "Havainnot kirjoitettiin taulukkoon Tarkistus.",
  findingsFor: (sheet: string) => `Havainnot, taulukko ${sheet}`,
  suggestionLabel: "Ehdotus",
  // Status view
  legendLabel: "Tilojen selitys",
  assessing: "Arvioidaan mittareita…",
  colourStatus: "Väritä tila",
  scaleLabel: "Asteikko (tallennetaan työkirjaan)",
  scalePori: "Pori: eteneminen lähtötasosta tavoitetta kohti (oletus)",
  scaleDistance: (share: string) =>
    `Etäisyys tavoitteesta: osittain, kun tavoitteesta puuttuu enintään ${share} %`,
  scaleSaved: "Asteikko tallennettiin työkirjaan ja mittarit arvioitiin uudelleen.",
  colouring: "Väritetään…",
  clearColours: "Poista värit",
  clearing: "Poistetaan värejä…",
  coloured: (n: number) => `${fiPlural(n, "mittari", "mittaria")} väritettiin.`,
  cleared: "Värit poistettiin ja solut palautettiin ennalleen.",
  statusCountsFor: (sheet: string) => `Tilat, taulukko ${sheet}`,
  statusTableCaption: (sheet: string) => `Mittarit ja niiden tila, taulukko ${sheet}`,
  ownStatusSource: "henkilön oma arvio",
  computedSource: "laskettu",
  /** A status read from the action's selvitys of the period (Assessment.source "selvitys"). */
  selvitysSource: "selvityksestä",
  noMeasures: "Taulukossa ei ole mittareita.",
  reasonLabel: "Perustelu",
  statusLabel: "Tila",
  filterByStatus: "Näytä vain yksi tila",
  filterBySeverity: "Näytä vain yksi vakavuus",
  showOnly: (what: string, n: number) => `Näytä vain: ${what} (${n})`,
  showAll: "Näytä kaikki",
  showingMeasures: (shown: number, total: number) => `Näytetään ${shown} / ${total} mittaria`,
  showingFindings: (shown: number, total: number) => `Näytetään ${shown} / ${total} havaintoa`,
  noneWithStatus: "Tässä taulukossa ei ole mittareita, joilla on valittu tila.",
  contextAction: "Toimenpide",
  // The city's list of departments (in the view Tarkistus)
  departmentsToggle: "Toimialaluettelo",
  departmentsIntro:
    "Kaupungin omat toimialat, yksi nimi riville. Toimialan muu nimi kirjoitetaan muodossa Sivistys = Sivistystoimiala, ja #-merkin jälkeen voi kirjoittaa kommentin. Luettelo tallennetaan työkirjan asetuksiin. Kun luettelo on, muut nimet näytetään ja lasketaan luettelon nimellä, ja tarkistus varoittaa toimialasta, jota luettelossa ei ole.",
  departmentsLabel: "Toimialat",
  departmentsCount: (names: number, aliases: number) =>
    `Luettelossa ${fiPlural(names, "toimiala", "toimialaa")} ja ${fiPlural(aliases, "muu nimi", "muuta nimeä")}.`,
  departmentsNone: "Ei luetteloa: toimialat otetaan sellaisinaan kuin raportit ne kirjoittavat.",
  departmentsProblems: "Korjaa nämä rivit, niin luettelon voi tallentaa:",
  departmentsSave: "Tallenna luettelo",
  departmentsRevert: "Peru muutokset",
  departmentsLoading: "Luetaan toimialaluetteloa…",
  departmentsSaving: "Tallennetaan toimialaluetteloa…",
  departmentsSaved: "Luettelo on tallennettu työkirjaan.",
  departmentsUnsaved: "Muutoksia ei ole vielä tallennettu.",
  // Summary view (Yhteenveto)
  tabSummary: "Yhteenveto",
  summaryIntro:
    "Yhteenveto kokoaa toimialojen raportit yhteen: tämän työkirjan raporttivälilehdet ja valitsemasi työkirjat. Luo yhteenveto kirjoittaa välilehdet Yhteenveto, Mittarit ja Poikkeamat tähän työkirjaan; muita soluja ei muuteta.",
  summarySources: "Lähteet",
  summaryNoSources: "Tässä työkirjassa ei ole raporttivälilehtiä. Lisää toimialojen työkirjat.",
  summaryNotCounted: "ei laskettu (katso ristiriidat)",
  summaryThisWorkbook: "tämä työkirja",
  addWorkbooks: "Lisää työkirjoja…",
  pickedFiles: "Valitut työkirjat",
  removeFile: (name: string) => `Poista ${name} yhteenvedosta`,
  expectedDepartments: "Odotetut toimialat (valinnainen)",
  expectedHint:
    "Yksi toimiala riville. Puuttuvat nimetään ristiriitoina. Tyhjänä odotetaan toimialaluettelon toimialat.",
  createSummary: "Luo yhteenveto",
  summarising: "Kootaan yhteenvetoa…",
  writingSummary: "Kirjoitetaan yhteenvetoa…",
  readingFile: (n: number, total: number, name: string) => `Luetaan työkirjaa ${n} / ${total}: ${name}`,
  summaryWritten: (sheets: string[]) => `Yhteenveto kirjoitettiin välilehdille ${sheets.join(", ")}.`,
  summaryTotals: "Yhteensä",
  summaryCounts: (departments: number, measures: number) =>
    `${fiPlural(departments, "toimiala", "toimialaa")}, ${fiPlural(measures, "mittari", "mittaria")}`,
  summaryShare: (percent: number) => `Toteutunut ${percent} %`,
  summaryDepartments: "Toimialat",
  summaryConflicts: (n: number) => `Ristiriidat (${n})`,
  summaryNoConflicts: "Lähteiden välillä ei ole ristiriitoja.",
  summaryUnreadable: "Työkirjat, joita ei voitu lukea",
  unknownDepartment: "Toimiala ei tiedossa",
  // Merging the picked workbooks (Yhteenveto: "Yhdistä työkirjat")
  mergeWorkbooks: "Yhdistä työkirjat",
  mergeHint:
    "Yhdistää valitut työkirjat uudeksi työkirjaksi: ensin Sisällys, sitten kunkin toimialan raporttivälilehti sellaisena kuin toimiala sen kirjoitti. Tätä työkirjaa ei muuteta.",
  merging: "Yhdistetään työkirjoja…",
  mergeOpened: (sheets: number) =>
    `Yhdistetty työkirja avattiin: Sisällys ja ${fiPlural(sheets, "raporttivälilehti", "raporttivälilehteä")}. Tallenna se.`,
  mergedSheets: (n: number) => `Yhdistetyt välilehdet (${n})`,
  mergeSource: (file: string, sheet: string) => `Lähde: ${file} / ${sheet}`,
  mergeLeftOut: (n: number) => `Jäi pois (${n})`,
  mergeNothingLeftOut: "Mitään ei jäänyt pois.",
  mergeNotes: (n: number) => `Kopioinnissa muuttunut (${n})`,
  mergeCopiedAsIs: "Jokainen välilehti kopioitiin sellaisenaan.",
  // Template view (Pohja)
  tabTemplate: "Pohja",
  templateIntro:
    "Pohja on seuraavan kauden raportti täytettäväksi: sama tavoiterakenne ja mittarit, kauden selvitysotsikko ja tyhjät vastaussolut. Edellinen selvitys jää viereen harmaana. Taulukko suojataan ilman salasanaa, joten vain vastaussoluihin voi kirjoittaa.",
  templatePeriod: "Kausi",
  templateYear: "Vuosi",
  templateYearInvalid: "Anna vuosi neljällä numerolla, esimerkiksi 2026.",
  templateDepartment: "Toimiala",
  allDepartments: "Kaikki toimialat",
  unnamedDepartment: "(toimiala ei tiedossa)",
  templateProposal: (what: string) => `Ehdotus: ${what}, työkirjan raporttia seuraava kausi.`,
  createTemplate: "Luo pohja",
  creatingTemplate: "Luodaan pohjaa…",
  createWorkbooks: "Luo erillisinä työkirjoina",
  creatingWorkbooks: "Luodaan työkirjoja…",
  templatesCreated: (sheets: string[]) =>
    `${fiPlural(sheets.length, "pohja", "pohjaa")} lisättiin työkirjaan: ${sheets.join(", ")}.`,
  workbooksCreated: (n: number) =>
    `${fiPlural(n, "uusi työkirja", "uutta työkirjaa")} avattiin, yksi kullekin toimialalle. Tallenna ja lähetä täytettäväksi.`,
  // Errors: one clear sentence, never a stack trace
  errorSnapshot:
    "Työkirjan sisältöä ei saatu haettua Excelistä. Sulje avoimet muokkaukset (esimerkiksi solun muokkaustila) ja yritä uudelleen.",
  errorRead: "Työkirjan tavoiterakennetta ei saatu luettua.",
  errorValidate: "Raportin tarkistus keskeytyi odottamattomaan virheeseen.",
  errorAssess: "Mittareiden tilan arviointi keskeytyi odottamattomaan virheeseen.",
  errorApply: "Muutoksia ei saatu tehtyä työkirjaan. Työkirja voi olla suojattu tai vain luku -tilassa.",
  errorOpen:
    "Uutta työkirjaa ei saatu avattua: tämä Excel ei ehkä salli lisäosan avata työkirjoja. Luo pohjat tähän työkirjaan (Luo pohja).",
  errorMerge:
    "Yhdistettyä työkirjaa ei saatu koottua, joten mitään ei avattu eikä tähän työkirjaan muutettu mitään. Tarkista, että valitut tiedostot aukeavat Excelissä, ja yritä uudelleen.",
  errorOpenMerged:
    "Työkirjat yhdistettiin (luettelo alla), mutta Excel ei avannut tulosta uutena työkirjana: tämä Excel ei ehkä salli lisäosan avata työkirjoja. Saman yhdistetyn työkirjan saa tiedostoksi komennolla toteuma merge.",
  errorSelect:
    "Solua ei saatu valittua. Taulukko on ehkä poistettu tai nimetty uudelleen; lue työkirja uudelleen.",
  // Colouring and clearing are all or nothing: each of these says what happened and what to do.
  errorProtected:
    "Välilehti on suojattu, joten mitään ei muutettu: poista suojaus (Tarkista → Poista taulukon suojaus) ja yritä uudelleen.",
  errorEditMode:
    "Excelissä on solu muokattavana, joten mitään ei muutettu: paina Enter tai Esc ja yritä uudelleen.",
  errorChanged:
    "Työkirjaa muutettiin sen jälkeen, kun Toteuma luki sen, joten mitään ei muutettu: yritä uudelleen, niin työkirja luetaan uudestaan.",
  errorPartial:
    "Muutos keskeytyi, eikä kaikkia jo muutettuja soluja saatu palautettua: valitse Poista värit, niin ne palautetaan ennalleen.",
};

/** The shape of a language table: the Finnish table's keys, strings or functions of the same arguments. */
export type Strings = {
  [K in keyof typeof fi]: (typeof fi)[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : string;
};

const en: Strings = {
  appTitle: "Toteuma",
  appSubtitle: "Operational goals of the budget",
  tabsLabel: "Views",
  tabRead: "Read",
  tabValidate: "Check",
  tabStatus: "Status",
  loadingWorkbook: "Reading the workbook…",
  refresh: "Read again",
  refreshLabel: "Read the workbook again",
  notInExcel: "Toteuma runs in Excel. Open the workbook in Excel and start Toteuma from the Home tab.",
  errorTitle: "Something went wrong",
  errorDetail: "Details",
  dismiss: "Dismiss",
  versionLine: (version: string) => `Toteuma, version ${version}`,
  progressSnapshot: "Getting the cells from Excel…",
  progressRead: "Reading the sheets…",
  progressValidate: "Checking the sheets…",
  progressAssess: "Assessing the measures…",
  progressApply: "Writing to the workbook…",
  progressOpen: "Opening a new workbook…",
  progressMerge: "Putting the merged workbook together…",
  progressSelect: "Selecting the cell…",
  progressStep: (n: number, total: number) => `step ${n} of ${total}`,
  progressSheets: (done: number, total: number) => `${done} of ${total} sheets`,
  progressMeasures: (done: number, total: number) => `${done} of ${total} measures`,
  sheetCount: (n: number) => enPlural(n, "sheet", "sheets"),
  actionsCount: (n: number) => enPlural(n, "action", "actions"),
  measuresCount: (n: number) => enPlural(n, "measure", "measures"),
  layoutLabel: "Layout",
  departmentLabel: "Department",
  periodLabel: "Period",
  unknown: "not known",
  noGoalStructure: "This sheet holds no goal structure.",
  unreadableGoalStructure:
    "This sheet looks like a goal sheet, but its structure could not be read. See the Check tab.",
  focusAreaLabel: "Focus area",
  themeLabel: "Theme",
  longTermGoalLabel: "Long-term goal",
  unitLabel: "Unit",
  goalLabel: "Goal",
  commitmentLabel: "Commitment",
  actionLabel: "Action",
  measureLabel: "Measure",
  baselineLabel: "Baseline",
  targetLabel: "Target",
  actualLabel: "Actual",
  ownStatusLabel: "Own status",
  notWritten: "(not written)",
  missingValue: "–",
  selectCell: (what: string, cell: string) => `${what}, select cell ${cell}`,
  hierarchyLabel: (sheet: string) => `Goal structure, sheet ${sheet}`,
  financialGoalsLabel: "Financial goals",
  nodeCounts: (actions: number, measures: number) =>
    `${enPlural(actions, "action", "actions")}, ${enPlural(measures, "measure", "measures")}`,
  expandAll: "Expand all",
  collapseAll: "Collapse all",
  treeCollapsedNote: (measures: number) =>
    `The workbook has ${measures} measures, so the structure starts collapsed. Click a branch to open it.`,
  toggleLabel: (what: string) => `Show or hide: ${what}`,
  runValidation: "Check report",
  rerunValidation: "Check again",
  validating: "Checking…",
  validationIntro:
    "The check goes through the goal structure and tells what is missing or wrong. No cell of the workbook is changed.",
  noFindings: "Nothing to report in this workbook.",
  writeFindings: "Write the findings to the sheet Tarkistus",
  writingFindings: "Writing…",
  findingsWritten: "The findings were written to the sheet Tarkistus.",
  findingsFor: (sheet: string) => `Findings, sheet ${sheet}`,
  suggestionLabel: "Suggestion",
  legendLabel: "Status legend",
  assessing: "Assessing the measures…",
  colourStatus: "Colour status",
  scaleLabel: "Scale (saved in the workbook)",
  scalePori: "Pori: progress from the baseline towards the target (default)",
  scaleDistance: (share: string) => `Distance to the target: partial when at most ${share} % short of it`,
  scaleSaved: "The scale was saved in the workbook and the measures assessed again.",
  colouring: "Colouring…",
  clearColours: "Remove colours",
  clearing: "Removing colours…",
  coloured: (n: number) => `${enPlural(n, "measure", "measures")} coloured.`,
  cleared: "The colours were removed and the cells restored as they were.",
  statusCountsFor: (sheet: string) => `Statuses, sheet ${sheet}`,
  statusTableCaption: (sheet: string) => `Measures and their status, sheet ${sheet}`,
  ownStatusSource: "the person's own status",
  computedSource: "computed",
  selvitysSource: "from the report",
  noMeasures: "This sheet has no measures.",
  reasonLabel: "Reason",
  statusLabel: "Status",
  filterByStatus: "Show one status only",
  filterBySeverity: "Show one severity only",
  showOnly: (what: string, n: number) => `Show only: ${what} (${n})`,
  showAll: "Show all",
  showingMeasures: (shown: number, total: number) => `Showing ${shown} of ${total} measures`,
  showingFindings: (shown: number, total: number) => `Showing ${shown} of ${total} findings`,
  noneWithStatus: "No measure on this sheet has the chosen status.",
  contextAction: "Action",
  departmentsToggle: "Department list",
  departmentsIntro:
    "The city's own departments, one name per line. Another name of a department is written as Sivistys = Sivistystoimiala, and a comment may follow a #. The list is kept in the workbook's settings. With a list, other names are shown and counted under the listed name, and the check warns about a department that is not on it.",
  departmentsLabel: "Departments",
  departmentsCount: (names: number, aliases: number) =>
    `The list has ${enPlural(names, "department", "departments")} and ${enPlural(aliases, "other name", "other names")}.`,
  departmentsNone: "No list: departments are taken as the reports write them.",
  departmentsProblems: "Correct these lines to save the list:",
  departmentsSave: "Save the list",
  departmentsRevert: "Undo changes",
  departmentsLoading: "Reading the department list…",
  departmentsSaving: "Saving the department list…",
  departmentsSaved: "The list is saved in the workbook.",
  departmentsUnsaved: "The changes are not saved yet.",
  tabSummary: "Summary",
  summaryIntro:
    "The summary brings the departments' reports together: this workbook's report sheets and the workbooks you pick. Create summary writes the sheets Yhteenveto, Mittarit and Poikkeamat into this workbook; no other cell is changed.",
  summarySources: "Sources",
  summaryNoSources: "This workbook has no report sheets. Add the departments' workbooks.",
  summaryNotCounted: "not counted (see the conflicts)",
  summaryThisWorkbook: "this workbook",
  addWorkbooks: "Add workbooks…",
  pickedFiles: "Picked workbooks",
  removeFile: (name: string) => `Remove ${name} from the summary`,
  expectedDepartments: "Expected departments (optional)",
  expectedHint:
    "One department per line. Missing ones are named as conflicts. Left empty, the department list's departments are expected.",
  createSummary: "Create summary",
  summarising: "Putting the summary together…",
  writingSummary: "Writing the summary…",
  readingFile: (n: number, total: number, name: string) => `Reading workbook ${n} of ${total}: ${name}`,
  summaryWritten: (sheets: string[]) => `The summary was written to the sheets ${sheets.join(", ")}.`,
  summaryTotals: "Total",
  summaryCounts: (departments: number, measures: number) =>
    `${enPlural(departments, "department", "departments")}, ${enPlural(measures, "measure", "measures")}`,
  summaryShare: (percent: number) => `Achieved ${percent} %`,
  summaryDepartments: "Departments",
  summaryConflicts: (n: number) => `Conflicts (${n})`,
  summaryNoConflicts: "The sources do not conflict.",
  summaryUnreadable: "Workbooks that could not be read",
  unknownDepartment: "Department not known",
  mergeWorkbooks: "Merge workbooks",
  mergeHint:
    "Merges the picked workbooks into a new workbook: first Sisällys (contents), then each department's report sheet as the department wrote it. This workbook is not changed.",
  merging: "Merging the workbooks…",
  mergeOpened: (sheets: number) =>
    `The merged workbook was opened: Sisällys and ${enPlural(sheets, "report sheet", "report sheets")}. Save it.`,
  mergedSheets: (n: number) => `Merged sheets (${n})`,
  mergeSource: (file: string, sheet: string) => `Source: ${file} / ${sheet}`,
  mergeLeftOut: (n: number) => `Left out (${n})`,
  mergeNothingLeftOut: "Nothing was left out.",
  mergeNotes: (n: number) => `Changed in copying (${n})`,
  mergeCopiedAsIs: "Every sheet was copied as it was.",
  // Template view (Pohja)
  tabTemplate: "Template",
  templateIntro:
    "A template is the next period's report ready to fill: the same goals and measures, the period's selvitys heading and empty answer cells. The last selvitys stays beside it in grey. The sheet is protected without a password, so only the answer cells take typing.",
  templatePeriod: "Period",
  templateYear: "Year",
  templateYearInvalid: "Give the year in four digits, for example 2026.",
  templateDepartment: "Department",
  allDepartments: "All departments",
  unnamedDepartment: "(department not known)",
  templateProposal: (what: string) => `Proposed: ${what}, the period after the workbook's report.`,
  createTemplate: "Create template",
  creatingTemplate: "Creating the template…",
  createWorkbooks: "Create as separate workbooks",
  creatingWorkbooks: "Creating workbooks…",
  templatesCreated: (sheets: string[]) =>
    `${enPlural(sheets.length, "template", "templates")} added to the workbook: ${sheets.join(", ")}.`,
  workbooksCreated: (n: number) =>
    `${enPlural(n, "new workbook", "new workbooks")} opened, one for each department. Save them and send them out to fill.`,
  errorSnapshot:
    "The workbook's contents could not be fetched from Excel. Finish any open edit (for example a cell in edit mode) and try again.",
  errorRead: "The goal structure of the workbook could not be read.",
  errorValidate: "The check stopped on an unexpected error.",
  errorAssess: "Assessing the measures stopped on an unexpected error.",
  errorApply: "The changes could not be made to the workbook. It may be protected or read-only.",
  errorOpen:
    "The new workbook could not be opened: this Excel may not let add-ins open workbooks. Create the templates in this workbook instead (Create template).",
  errorMerge:
    "The merged workbook could not be put together, so nothing was opened and nothing in this workbook was changed. Check that the picked files open in Excel and try again.",
  errorOpenMerged:
    "The workbooks were merged (listed below), but Excel did not open the result as a new workbook: this Excel may not let add-ins open workbooks. The command toteuma merge writes the same merged workbook to a file.",
  errorSelect:
    "The cell could not be selected. The sheet may have been deleted or renamed; read the workbook again.",
  errorProtected:
    "A sheet is protected, so nothing was changed: unprotect it (Review → Unprotect Sheet) and try again.",
  errorEditMode: "A cell is being edited in Excel, so nothing was changed: press Enter or Esc and try again.",
  errorChanged:
    "The workbook changed after Toteuma read it, so nothing was changed: try again to read it afresh.",
  errorPartial:
    "The change stopped part-way and not every cell already changed could be put back: choose Remove colours to put them back.",
};

export const STRINGS: Record<Language, Strings> = { fi, en };

export function strings(lang: Language): Strings {
  return STRINGS[lang];
}

/** "fi-FI", "fi", "sv-FI"… → the pane's language: Finnish for Finnish, English for anything else. */
export function languageOf(displayLanguage: string | null | undefined): Language {
  return /^fi(\b|[-_])/i.test(displayLanguage ?? "") ? "fi" : "en";
}

/**
 * The command line's language from the environment (`TOTEUMA_LANG`): English when the value starts
 * with "en" in any case ("en", "EN", "en_US.UTF-8"), Finnish otherwise and when unset — Finnish first.
 * The one place that reads it; `--lang` overrides it.
 */
export function languageOfEnvironment(env: Record<string, string | undefined>): Language {
  return (env.TOTEUMA_LANG ?? "").toLowerCase().startsWith("en") ? "en" : "fi";
}

const LAYOUTS: Record<Layout, { fi: string; en: string }> = {
  block: { fi: "Lohkorakenne", en: "Block layout" },
  table: { fi: "Taulukko, rivi mittaria kohden", en: "Flat table, one row per measure" },
  programme: { fi: "Palveluohjelma", en: "Programme layout" },
  none: { fi: "Ei tavoiterakennetta", en: "No goal structure" },
};

export function layoutName(layout: Layout, lang: Language): string {
  return LAYOUTS[layout][lang];
}

/** "Koko vuosi 2023", "2. vuosikolmannes (T2) 2025", or the year alone. */
export function periodName(period: Period | null, year: number | null, lang: Language): string | null {
  if (period === null) return year === null ? null : String(year);
  const name = periodInfo(period).name[lang];
  return year === null ? name : `${name} ${year}`;
}
