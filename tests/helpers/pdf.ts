import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** The text a PDF reader shows on each page, and the document's title, read with PDF.js. */
export async function readPdf(data: Buffer): Promise<{ pages: string[]; title: unknown }> {
  const pdf = await getDocument({ data: new Uint8Array(data), useSystemFonts: false }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const content = await (await pdf.getPage(n)).getTextContent();
      pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join("\n"));
    }
    const { info } = await pdf.getMetadata();
    return { pages, title: (info as { Title?: unknown }).Title };
  } finally {
    await pdf.destroy();
  }
}
