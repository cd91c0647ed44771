import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** The text a PDF reader shows on each page, the addresses it links to, and the title, read with PDF.js. */
export async function readPdf(data: Buffer): Promise<{ pages: string[]; links: string[]; title: unknown }> {
  const pdf = await getDocument({ data: new Uint8Array(data), useSystemFonts: false }).promise;
  try {
    const pages: string[] = [];
    const links: string[] = [];
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join("\n"));
      const annotations = (await page.getAnnotations()) as { url?: unknown }[];
      for (const annotation of annotations) if (typeof annotation.url === "string") links.push(annotation.url);
    }
    const { info } = await pdf.getMetadata();
    return { pages, links, title: (info as { Title?: unknown }).Title };
  } finally {
    await pdf.destroy();
  }
}
