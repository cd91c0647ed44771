import { Lexer, type MarkedToken, type Token } from "marked";
import { newPdf } from "../../platform/pdf.js";

// A guide's download: a PDF made from the same Markdown as its page, in the portal's embedded
// font, tagged (headings, paragraphs, lists) so that screen readers can follow it. A document is
// A4 pages; slides are landscape, one section to a slide.

type Block = { kind: "h2" | "h3" | "p"; text: string } | { kind: "list"; ordered: boolean; items: string[] };

export interface GuideForPdf {
  title: string;
  summary: string;
  body: string;
  layout: "document" | "slides";
}

const INK = "#0b0c0c";
const BRAND = "#00646e";
const PROGRAMME = "Cheshire and Merseyside Social Value programme";

/** The text a reader sees: links as their words, emphasis dropped. */
function plain(tokens: readonly Token[]): string {
  return tokens
    .map((token) => {
      if ("tokens" in token && Array.isArray(token.tokens) && token.tokens.length > 0) return plain(token.tokens);
      return "text" in token && typeof token.text === "string" ? token.text : "";
    })
    .join("");
}

/** The headings, paragraphs and lists of the Markdown the guides are written in. */
export function blocksOf(markdown: string): Block[] {
  const blocks: Block[] = [];
  // The tokens the lexer makes from plain Markdown (no extensions), so every one is a MarkedToken.
  for (const token of Lexer.lex(markdown) as MarkedToken[]) {
    if (token.type === "heading") blocks.push({ kind: token.depth <= 2 ? "h2" : "h3", text: plain(token.tokens) });
    else if (token.type === "paragraph") blocks.push({ kind: "p", text: plain(token.tokens) });
    else if (token.type === "list") {
      blocks.push({ kind: "list", ordered: token.ordered, items: token.items.map((item) => plain(item.tokens)) });
    }
  }
  return blocks;
}

/** Writes one block under `parent` at the current position. */
function writeBlock(doc: PDFKit.PDFDocument, parent: PDFKit.PDFStructureElement, block: Block, scale: number) {
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const x = doc.page.margins.left;
  if (block.kind === "list") {
    const list = doc.struct("L");
    parent.add(list);
    doc.font("Regular").fontSize(11.5 * scale);
    doc.list(block.items, x + 14, doc.y, {
      width: width - 14,
      listType: block.ordered ? "numbered" : "bullet",
      bulletRadius: 2.2 * scale,
      textIndent: 14 * scale,
      lineGap: 3,
      paragraphGap: 4,
      structParent: list,
    });
    list.end();
    doc.moveDown(0.6);
    return;
  }
  const heading = block.kind !== "p";
  // A heading keeps at least a few lines of what follows it on its page.
  if (heading && doc.y > doc.page.height - doc.page.margins.bottom - 90 * scale) doc.addPage();
  else if (heading) doc.moveDown(0.4);
  doc
    .font(heading ? "Bold" : "Regular")
    .fontSize((block.kind === "h2" ? 16 : block.kind === "h3" ? 13 : 11.5) * scale)
    .fillColor(block.kind === "h2" ? BRAND : INK);
  doc.text(block.text, x, doc.y, {
    width,
    lineGap: heading ? 1 : 3,
    structParent: parent,
    structType: block.kind === "p" ? "P" : block.kind.toUpperCase(),
  });
  doc.fillColor(INK).moveDown(heading ? 0.3 : 0.7);
}

function writeTitle(doc: PDFKit.PDFDocument, root: PDFKit.PDFStructureElement, guide: GuideForPdf, scale: number) {
  const x = doc.page.margins.left;
  const width = doc.page.width - x - doc.page.margins.right;
  doc
    .font("Regular")
    .fontSize(11 * scale)
    .fillColor(BRAND);
  doc.text(PROGRAMME, x, doc.y, { width, structParent: root, structType: "P" });
  doc
    .moveDown(0.5)
    .font("Bold")
    .fontSize(26 * scale)
    .fillColor(INK);
  doc.text(guide.title, x, doc.y, { width, structParent: root, structType: "H1" });
  doc
    .moveDown(0.4)
    .font("Regular")
    .fontSize(14 * scale);
  doc.text(guide.summary, x, doc.y, { width, lineGap: 2, structParent: root, structType: "P" });
  doc.moveDown(1);
}

/** Each page's footer: the programme and the page number, marked as page furniture. */
function writeFooters(doc: PDFKit.PDFDocument, title: string) {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const { margins, width, height } = doc.page;
    const bottom = margins.bottom;
    margins.bottom = 0;
    doc.markContent("Artifact", { type: "Pagination" });
    doc.font("Regular").fontSize(9).fillColor("#505a5f");
    doc.text(`${title} · ${PROGRAMME} · page ${index + 1} of ${range.count}`, margins.left, height - 36, {
      width: width - margins.left - margins.right,
      align: "center",
      lineBreak: false,
    });
    doc.endMarkedContent();
    margins.bottom = bottom;
  }
}

/** The guide as a PDF. */
export function guidePdf(guide: GuideForPdf): Promise<Buffer> {
  const slides = guide.layout === "slides";
  const { doc, bytes } = newPdf(guide.title, {
    size: "A4",
    layout: slides ? "landscape" : "portrait",
    margins: slides ? { top: 60, bottom: 60, left: 70, right: 70 } : { top: 64, bottom: 72, left: 64, right: 64 },
    bufferPages: true,
    tagged: true,
    pdfVersion: "1.7",
  });
  const scale = slides ? 1.6 : 1;
  const root = doc.struct("Document");
  doc.addStructure(root);
  writeTitle(doc, root, guide, scale);
  for (const block of blocksOf(guide.body)) {
    // On slides every section starts a slide of its own.
    if (slides && block.kind === "h2") doc.addPage();
    writeBlock(doc, root, block, scale);
  }
  root.end();
  writeFooters(doc, guide.title);
  doc.end();
  return bytes;
}
