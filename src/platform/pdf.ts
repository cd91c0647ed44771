import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";

// PDFs the portal makes (certificates, guides). The text is set in DejaVu Sans, embedded as a
// subset of the glyphs used, so that any name prints as written: Welsh ŵ and ŷ, Polish ł, Greek,
// Cyrillic.

const require = createRequire(import.meta.url);
let fonts: { regular: Buffer; bold: Buffer } | undefined;
function loadFonts() {
  fonts ??= {
    regular: readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf")),
    bold: readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf")),
  };
  return fonts;
}

export interface NewPdf {
  doc: PDFKit.PDFDocument;
  /** The document's bytes, once `doc.end()` has been called. */
  bytes: Promise<Buffer>;
}

/**
 * A document in British English titled `title` (shown as the window title), with DejaVu Sans
 * registered as the fonts "Regular" and "Bold" and "Regular" selected.
 */
export function newPdf(title: string, options: Omit<PDFKit.PDFDocumentOptions, "info" | "lang"> = {}): NewPdf {
  const doc = new PDFDocument({
    ...options,
    info: { Title: title, Producer: "Cheshire and Merseyside Social Value portal" },
    lang: "en-GB",
    displayTitle: true,
  });
  const { regular, bold } = loadFonts();
  doc.registerFont("Regular", regular);
  doc.registerFont("Bold", bold);
  doc.font("Regular");
  const chunks: Buffer[] = [];
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  return { doc, bytes };
}
