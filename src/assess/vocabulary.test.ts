import { WORD, highestState, readState, stateMatches, words } from "./vocabulary";

describe("state vocabulary", () => {
  it.each([
    ["Toteutunut", "done"],
    ["toteutunut ja valmis.", "done"],
    ["Valmistunut", "done"],
    ["Suunnitelma on hyväksytty", "done"],
    ["Laskurit käytössä", "done"],
    ["Palvelu otettu käyttöön", "done"],
    ["Tehty", "done"],
    ["Verkkosivut valmiina", "done"],
    ["Käynnissä", "in-progress"],
    ["Käynnistynyt", "in-progress"],
    ["Työ aloitettu", "in-progress"],
    ["Kesken", "in-progress"],
    ["Palautejärjestelmä on testivaiheessa", "in-progress"],
    ["Asiakastyytyväisyysjärjestelmä pilotoinnissa.", "in-progress"],
    ["1 on lähes valmis", "in-progress"],
    ["Osittain toteutunut", "in-progress"],
    ["Toteutunut osittain", "in-progress"],
    ["Kyllä", "done"],
    ["Tavoite saavutettu", "done"],
    ["Tavoitetta ei saavutettu", "negative"],
    ["Ei", "negative"],
    ["Ei vielä valmis", "in-progress"],
    ["Luonnos", "planning"],
    ["Kaupunkistrategia on luonnosvaiheessa", "planning"],
    ["Suunnitteilla", "planning"],
    ["Suunnittelu-vaihe", "planning"],
    ["Vireillä", "planning"],
    ["Toimenpiteiden määrittely työstövaiheessa", "planning"],
    ["Aloittamatta", "not-started"],
    ["Ei olemassa", "not-started"],
    ["Käyttöönotto viivästynyt", "negative"],
    ["Hankinta siirtyy 2025", "negative"],
    ["Kesken, siirrettiin 2025", "negative"],
    ["Ehdotus nähtävillä", "in-progress"],
    ["Kaavaehdotus nähtävillä 10/2024", "in-progress"],
    ["Kaavaehdotus hyväksytty", "done"],
    ["Luonnos nähtävillä", "planning"],
    ["Siirtyminen 2025 uuteen järjestelmään", null],
    ["Hanke keskeytetty", "negative"],
    ["Ei käytössä", "negative"],
    ["ei toteutunut", "negative"],
    ["Ei tehty", "negative"],
    ["Suunnitelma ei ole hyväksytty", "negative"],
    ["Suunnitelma muuttui vuoden 2023 aikana", "negative"],
    ["Ei erillistä sopimusta.", "negative"],
    ["Yöpymisluvut 11 952", null],
    ["Puhelin- ja sähköpostipalaute", null],
  ])("%s → %s", (text, level) => {
    expect(readState(text).level).toBe(level);
  });

  it("ignores case", () => {
    expect(readState("TOTEUTUNUT").level).toBe("done");
    expect(readState("EI KÄYTÖSSÄ").level).toBe("negative");
  });

  it("lets the leading verdict decide", () => {
    expect(readState("Toteutunut, kehitys edelleen käynnissä.").level).toBe("done");
    expect(readState("Valmistelu käynnissä, luonnos valmis").level).toBe("planning");
  });

  it("does not read 'keskenään' as unfinished nor 'valmistelu' as done", () => {
    expect(readState("Toimijat sopivat keskenään").level).toBe(null);
    expect(readState("Valmistelu").level).toBe("planning");
  });

  // The terms a word may name are looked up by the word's starts and the six letters at each place
  // of it (not tried one by one): a part of a compound counts from the fourth letter on, a short
  // stem only as the whole word, a hyphenated word by its spelling without hyphens.
  it.each([
    ["Hankesuunnitteluvaihe", "planning", ["Hankesuunnitteluvaihe"]],
    ["Xyzkesken", "in-progress", ["Xyzkesken"]],
    ["Akesken", null, []],
    ["esitoteutunut", "done", ["esitoteutunut"]],
    ["ylivalmis", "done", ["ylivalmis"]],
    ["Toteu-tunut", "done", ["Toteu-tunut"]],
    ["Valmisteluvaihe", "planning", ["Valmisteluvaihe"]],
    ["Valmistajat", null, []],
    ["Rakennus-hanke käyttöönotettu", "done", ["käyttöönotettu"]],
    ["Liikennesuunnitelman luonnosversio", "planning", ["luonnosversio"]],
    ["Ohjelmatyö ok", "done", ["ok"]],
    ["Ohjelmatyö okei", null, []],
    ["2025 siirtyy", null, []],
    ["Hankinta siirrettiin vuodelle 2026", "negative", ["siirrettiin vuodelle"]],
  ])("finds the terms of %s without trying every term", (text, level, phrases) => {
    expect(readState(text).level).toBe(level);
    expect(stateMatches(text).map((m) => m.phrase)).toEqual(phrases);
  });

  it("gives the phrase as written", () => {
    expect(readState("Palvelu: Ei käytössä").phrase).toBe("Ei käytössä");
  });

  it("finds what a target asks for", () => {
    expect(highestState("Käynnistys Q1/2023, valmistuminen Q2/2023")).toBe("done");
    expect(highestState("Pilotointi käynnissä")).toBe("in-progress");
    expect(highestState("Useampivuotinen sopimus")).toBe(null);
  });

  it.each([
    "Toteutunut, kehitys edelleen käynnissä.",
    "Käyttöön-otto T1:n aikana; rock'n'roll ja Helsingin’in",
    "ÅÄÖ åäö ÿ×÷ª µ º ß Ωμέγα Кириллица 中文 𝒜𝒷𝒸 😀x 12,5%",
    "a--b -c d- :e f: 'g' h’ 1-2-3 x:-y",
    "lone \ud800 high, \udc00 low, pair \ud835\udc9c end \ud800",
    "",
    "   ",
    "E18 5G 2kpl/v 12vrk",
  ])("finds the same words as the word pattern in %j", (text) => {
    const expected = [...text.matchAll(WORD)].map((m) => ({ lower: m[0].toLowerCase(), raw: m[0] }));
    expect(words(text)).toEqual(expected);
  });
});
