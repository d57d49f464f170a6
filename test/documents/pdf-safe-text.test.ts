import { describe, expect, it } from "vitest";

import { toPdfSafeText } from "../../src/documents/pdf-safe-text.ts";

describe("toPdfSafeText", () => {
  it("keeps French letters, the euro sign, œ and typographic quotes as they are", () => {
    const text = "Zoé, Hélène & Françoise — « œufs » à 4,80 € l’unité…";
    expect(toPdfSafeText(text)).toBe(text);
  });

  it("replaces each emoji with one question mark, even a joined family emoji", () => {
    expect(toPdfSafeText("Zoé 🌻 et 👨‍👩‍👧 !")).toBe("Zoé ? et ? !");
  });

  it("replaces Arabic and Chinese letters instead of printing garbage", () => {
    expect(toPdfSafeText("محمد Martin")).toBe("???? Martin");
    expect(toPdfSafeText("李 Wei")).toBe("? Wei");
  });

  it("turns the narrow no-break space of French number formats into a no-break space", () => {
    const amount = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });
    expect(toPdfSafeText(amount.format(1234.5))).toBe("1\u00a0234,50\u00a0€");
  });

  it("drops marks the fonts lack, composes decomposed accents and flattens line breaks", () => {
    expect(toPdfSafeText("Erdős")).toBe("Erdos");
    expect(toPdfSafeText("Ze\u0301phirine")).toBe("Zéphirine");
    expect(toPdfSafeText("Rue des\r\n  Lilas\tbis")).toBe("Rue des Lilas bis");
    expect(toPdfSafeText("ﬁlet\u200b")).toBe("filet");
  });
});
