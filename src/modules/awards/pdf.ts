import { newPdf } from "../../platform/pdf.js";

// A one-page certificate as a PDF, in the portal's embedded DejaVu Sans (src/platform/pdf.ts).

export interface PdfLine {
  text: string;
  size: number;
  bold?: boolean;
  /** Space above the line, in points. */
  gap: number;
  /** Where the line leads when it is clicked in a PDF reader. */
  link?: string;
}

const BRAND = "#00646e";

export function certificatePdf(title: string, lines: PdfLine[]): Promise<Buffer> {
  const { doc, bytes } = newPdf(title, { size: "A4", layout: "landscape", margin: 0 });
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
  return bytes;
}
