import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";

// A one-page certificate as a PDF. The text is set in DejaVu Sans, embedded as a subset of the
// glyphs used, so that any name prints as written: Welsh ŵ and ŷ, Polish ł, Greek, Cyrillic.

export interface PdfLine {
  text: string;
  size: number;
  bold?: boolean;
  /** Space above the line, in points. */
  gap: number;
  /** Where the line leads when it is clicked in a PDF reader. */
  link?: string;
}

const require = createRequire(import.meta.url);
let fonts: { regular: Buffer; bold: Buffer } | undefined;
function loadFonts() {
  fonts ??= {
    regular: readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf")),
    bold: readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf")),
  };
  return fonts;
}

const BRAND = "#00646e";

export function certificatePdf(title: string, lines: PdfLine[]): Promise<Buffer> {
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: 0,
    info: { Title: title, Producer: "Cheshire and Merseyside Social Value portal" },
    lang: "en-GB",
    displayTitle: true,
  });
  doc.registerFont("Regular", regular);
  doc.registerFont("Bold", bold);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const { width, height } = doc.page;
  doc
    .lineWidth(6)
    .strokeColor(BRAND)
    .rect(30, 30, width - 60, height - 60)
    .stroke();
  doc
    .lineWidth(1.5)
    .rect(42, 42, width - 84, height - 84)
    .stroke();
  doc.fillColor("#0b0c0c");
  let y = 70;
  for (const line of lines) {
    y += line.gap;
    doc.font(line.bold ? "Bold" : "Regular").fontSize(line.size);
    // Long names wrap within the border rather than running off the page.
    doc.text(line.text, 70, y, { width: width - 140, align: "center", ...(line.link ? { link: line.link } : {}) });
    y = doc.y;
  }
  doc.end();
  return done;
}
