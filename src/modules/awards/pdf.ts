// A one-page certificate as a PDF, written directly: text in the standard Helvetica fonts, which
// every PDF reader has, so nothing is embedded and no browser is needed.

export interface PdfLine {
  text: string;
  size: number;
  bold?: boolean;
  /** Distance below the previous line, in points. */
  gap: number;
}

/** Text for a PDF string in WinAnsi encoding: characters outside it become "?". */
function pdfString(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const code = ch.codePointAt(0)!;
    const mapped = WIN_ANSI_EXTRA[ch] ?? (code >= 32 && code <= 126 ? code : code >= 160 && code <= 255 ? code : 63);
    if (ch === "(" || ch === ")" || ch === "\\") out += `\\${ch}`;
    else if (mapped >= 32 && mapped <= 126) out += String.fromCharCode(mapped);
    else out += `\\${mapped.toString(8).padStart(3, "0")}`;
  }
  return `(${out})`;
}

const WIN_ANSI_EXTRA: Record<string, number> = {
  "\u2018": 0x91,
  "\u2019": 0x92,
  "\u201c": 0x93,
  "\u201d": 0x94,
  "\u2013": 0x96,
  "\u2014": 0x97,
  "\u2022": 0x95,
  "\u20ac": 0x80,
};

/** Roughly centres a line: Helvetica averages about half the font size per character. */
function approximateWidth(text: string, size: number, bold: boolean): number {
  return text.length * size * (bold ? 0.56 : 0.5);
}

export function certificatePdf(title: string, lines: PdfLine[]): Buffer {
  const width = 842; // A4 landscape
  const height = 595;
  let y = height - 90;
  const content: string[] = [
    "0 0.392 0.431 RG 6 w 30 30 782 535 re S",
    "0 0.392 0.431 RG 1.5 w 42 42 758 511 re S",
    "0 0 0 rg",
  ];
  for (const line of lines) {
    y -= line.gap;
    const x = Math.max(50, (width - approximateWidth(line.text, line.size, line.bold ?? false)) / 2);
    content.push(
      `BT /${line.bold ? "F2" : "F1"} ${line.size} Tf ${x.toFixed(1)} ${y.toFixed(1)} Td ${pdfString(line.text)} Tj ET`,
    );
  }
  const stream = content.join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    `<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`,
    `<< /Title ${pdfString(title)} /Producer (Cheshire and Merseyside Social Value portal) >>`,
  ];
  let body = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}
