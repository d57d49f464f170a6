import { createRequire } from "node:module";
import { dirname, join } from "node:path";

import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/**
 * pdf.js draws the 14 standard fonts from its own font files; pointing at them keeps
 * it from warning (and from failing) when a page uses Helvetica without embedding it.
 * In Node it reads this path with fs, so it is a directory path ending with a slash.
 */
const standardFontDataUrl = join(
  dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")),
  "standard_fonts/",
);

export type PdfText = { pageCount: number; pages: string[] };

/**
 * Extracts the text of every page, one string per page, lines joined by "\n" and
 * pieces of one line by " ", so tests can look for what a reader would see.
 */
export async function readPdf(buffer: Buffer | Uint8Array): Promise<PdfText> {
  const loading = getDocument({
    // pdf.js takes ownership of the array it is given, so it gets a copy.
    data: new Uint8Array(buffer),
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    standardFontDataUrl,
    verbosity: 0,
  });
  const pdf = await loading.promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      let text = "";
      for (const item of content.items) {
        if (!("str" in item)) continue;
        text += item.str + (item.hasEOL ? "\n" : " ");
      }
      pages.push(text.replace(/ +\n/g, "\n").trim());
      page.cleanup();
    }
    return { pageCount: pdf.numPages, pages };
  } finally {
    await loading.destroy();
  }
}
