import { describe, expect, it } from "vitest";

import type { CrateTicket } from "../../src/documents/crate-tickets.ts";
import { renderCrateTickets } from "../../src/documents/crate-tickets.ts";
import { readPdf } from "../support/pdf-text.ts";
import { makeTicket } from "./fixtures.ts";
import { crateTicketTexts } from "./french-texts.ts";

const FEE = "Adhésion à régler : 5,00 € minimum";

function render(tickets: CrateTicket[]) {
  return renderCrateTickets({
    driveName: "Drive fermier du Sud-Aveyron",
    sessionLabel: "Semaine du 10 mars 2025",
    pickupText: "Retrait mercredi 12 mars, 16 h – 19 h",
    tickets,
    texts: crateTicketTexts,
  });
}

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe("renderCrateTickets", () => {
  it("prints one ticket per order with its code, crate number, name and total", async () => {
    const tickets = [makeTicket(100), makeTicket(101), makeTicket(102)];

    const { pages } = await readPdf(await render(tickets));
    const text = pages.join("\n");

    for (const ticket of tickets) {
      expect(count(text, ticket.orderCode)).toBe(1);
      expect(text).toMatch(new RegExp(`\\b${ticket.crateNumber}\\b`));
      expect(text).toContain(ticket.crateName);
      expect(text).toContain(ticket.totalText);
    }
    expect(text).toContain("Roquefort AOP fermier");
    expect(text).toContain("GAEC du Larzac");
  });

  it("shows the membership fee only on the tickets of first pickups", async () => {
    const first = { ...makeTicket(0), membershipFeeText: FEE };
    const regular = makeTicket(1);

    const { pages } = await readPdf(await render([regular, first]));
    const page = pages[0] ?? "";

    expect(count(page, FEE)).toBe(1);
    expect(page.indexOf(FEE)).toBeGreaterThan(page.indexOf(first.orderCode));
  });

  it("prints the credit and adjustment notes a ticket carries", async () => {
    const ticket = {
      ...makeTicket(0),
      creditText: "Avoir déduit : 2,40 €",
      adjustmentText: "Miel remplacé par 250 g",
    };

    const { pages } = await readPdf(await render([ticket]));

    expect(pages[0]).toContain("Avoir déduit : 2,40 €");
    expect(pages[0]).toContain("Miel remplacé par 250 g");
  });

  it.each([
    [1, 1],
    [2, 1],
    [3, 2],
  ])("puts two tickets on a page: %i tickets take %i pages", async (tickets, expected) => {
    const orders = Array.from({ length: tickets }, (_, index) => makeTicket(index));
    expect((await readPdf(await render(orders))).pageCount).toBe(expected);
  });

  it("renders 150 tickets on 75 pages within a few seconds", async () => {
    const started = performance.now();

    const buffer = await render(Array.from({ length: 150 }, (_, i) => makeTicket(i)));

    expect(performance.now() - started).toBeLessThan(10_000);
    const { pageCount, pages } = await readPdf(buffer);
    expect(pageCount).toBe(75);
    expect(pages[74]).toContain(makeTicket(149).orderCode);
  });

  it("continues a long ticket on its own pages with its header repeated", async () => {
    const long = makeTicket(7, 70);

    const { pageCount, pages } = await readPdf(await render([makeTicket(0), long, makeTicket(1)]));

    expect(pageCount).toBe(4);
    expect(pages[0]).not.toContain(long.orderCode);
    expect(pages[1]).toContain(long.orderCode);
    expect(pages[1]).toContain("Suite sur la page suivante");
    expect(pages[2]).toContain(long.orderCode);
    expect(pages[2]).toContain(long.crateName);
    expect(pages[2]).toContain("(suite)");
    expect(pages[2]).toContain(long.totalText);
    expect(pages[3]).toContain(makeTicket(1).orderCode);
  });

  it("renders names with emoji or Arabic letters with question marks in their place", async () => {
    const ticket = { ...makeTicket(0), crateName: "Zoé 🌻 محمد" };
    ticket.groups[0]!.producerName = "Ferme 🐐 des Causses";

    const buffer = await render([ticket]);

    expect(buffer.subarray(0, 5).toString()).toBe("%PDF-");
    const { pages } = await readPdf(buffer);
    expect(pages[0]).toContain("Zoé ? ????");
    expect(pages[0]).toContain("Ferme ? des Causses");
  });
});
