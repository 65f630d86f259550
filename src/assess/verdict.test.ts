import { readVerdict } from "./verdict";

describe("readVerdict: which texts are read word by word", () => {
  it.each([
    ["TÄYTTYI", "achieved"],
    ["Täyttyi", "achieved"],
    ["PYSYTTY", "achieved"],
    ["Ei ONNISTUNUT", "not-achieved"],
    ["SAAVUTETTU osittain", "partial"],
  ])("finds a verdict written in any case: %s", (text, status) => {
    expect(readVerdict(text)?.status).toBe(status);
  });

  it("finds a typo of a verdict in capitals", () => {
    expect(readVerdict("TOTETUTUI")).toMatchObject({ status: "achieved", typo: { read: "toteutui" } });
  });

  it("reads a state of work done, in part or counted in parts, in a text without a verdict", () => {
    expect(readVerdict("Käytössä Pohjois-Porissa, muualla ei vielä")).toMatchObject({
      status: "partial",
      kind: "mixed",
    });
    expect(readVerdict("Käytössä kahdessa päiväkodissa viidestä")).toMatchObject({
      status: "partial",
      kind: "share",
    });
  });

  it("has nothing to say of a text without a verdict or a state of work done", () => {
    expect(readVerdict("10 900 kävijää, kesken")).toBeNull();
    expect(readVerdict("Kaksi viidestä")).toBeNull();
  });
});
