// Reads the text back out of a PDF made by pdfkit: inflates its streams, maps each font's glyph
// codes back to characters through the font's ToUnicode CMap, and decodes the hex strings of
// every Tj/TJ operator with the font selected by the last Tf. Enough to check what a PDF says,
// without a PDF library (none is installed for tests).
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dictionary: string;
  stream: string | null;
}

/** Every indirect object by number, with its stream inflated where compressed. */
function objects(pdf: Buffer): Map<number, PdfObject> {
  const raw = pdf.toString('latin1');
  const found = new Map<number, PdfObject>();
  const pattern = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(raw))) {
    const body = match[2]!;
    const streamAt = body.indexOf('stream');
    if (streamAt < 0) {
      found.set(Number(match[1]), { dictionary: body, stream: null });
      continue;
    }
    const dictionary = body.slice(0, streamAt);
    const dataStart = match.index + match[0].indexOf(body) + streamAt + 'stream'.length + (body[streamAt + 6] === '\r' ? 2 : 1);
    const dataEnd = raw.indexOf('endstream', dataStart);
    const data = pdf.subarray(dataStart, dataEnd);
    let stream: string | null = null;
    try {
      stream = /\/FlateDecode/.test(dictionary) ? inflateSync(data).toString('latin1') : data.toString('latin1');
    } catch {
      stream = null; // a stream we cannot read (an image or a font program)
    }
    found.set(Number(match[1]), { dictionary, stream });
  }
  return found;
}

function hexToString(hex: string): string {
  let out = '';
  for (let i = 0; i + 3 < hex.length + 1; i += 4) out += String.fromCodePoint(parseInt(hex.slice(i, i + 4), 16));
  return out;
}

/** A ToUnicode CMap's bfchar and bfrange entries: glyph code (hex) → text. */
function parseCMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const entry of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(entry[1]!.toLowerCase(), hexToString(entry[2]!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const entry of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
      const [from, to, target] = [parseInt(entry[1]!, 16), parseInt(entry[2]!, 16), entry[3]!];
      const width = entry[1]!.length;
      const targets = target.startsWith('[') ? [...target.matchAll(/<([0-9a-fA-F]+)>/g)].map((t) => t[1]!) : null;
      for (let code = from; code <= to; code++) {
        const key = code.toString(16).padStart(width, '0');
        const text = targets ? hexToString(targets[code - from] ?? '') : String.fromCodePoint(parseInt(target.slice(1, -1), 16) + code - from);
        map.set(key, text);
      }
    }
  }
  return map;
}

/** Font resource name (F1, F2, …) → its glyph-code map, for every font with a ToUnicode CMap. */
function fontMaps(all: Map<number, PdfObject>): Map<string, { width: number; map: Map<string, string> }> {
  const fonts = new Map<string, { width: number; map: Map<string, string> }>();
  for (const object of all.values()) {
    for (const ref of object.dictionary.matchAll(/\/(F\d+)\s+(\d+) 0 R/g)) {
      const font = all.get(Number(ref[2]));
      const toUnicode = font && /\/ToUnicode\s+(\d+) 0 R/.exec(font.dictionary);
      const cmap = toUnicode && all.get(Number(toUnicode[1]))?.stream;
      if (!cmap || fonts.has(ref[1]!)) continue;
      const width = /begincodespacerange\s*<([0-9a-fA-F]+)>/.exec(cmap)?.[1]?.length ?? 4;
      fonts.set(ref[1]!, { width, map: parseCMap(cmap) });
    }
  }
  return fonts;
}

function decode(hex: string, font: { width: number; map: Map<string, string> } | undefined): string {
  if (!font) return Buffer.from(hex, 'hex').toString('latin1');
  let out = '';
  for (let i = 0; i < hex.length; i += font.width) out += font.map.get(hex.slice(i, i + font.width).toLowerCase()) ?? '';
  return out;
}

/** Every text-showing operation of the PDF, in order, one string each. */
export function pdfTextRuns(pdf: Buffer): string[] {
  const all = objects(pdf);
  const fonts = fontMaps(all);
  const runs: string[] = [];
  for (const object of all.values()) {
    if (!object.stream || !/\b(Tj|TJ)\b/.test(object.stream)) continue;
    let font: { width: number; map: Map<string, string> } | undefined;
    const operations = /\/(F\d+)\s+[\d.]+\s+Tf|\[((?:<[0-9a-fA-F]*>|[\s\d.-])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g;
    let match: RegExpExecArray | null;
    while ((match = operations.exec(object.stream))) {
      if (match[1] !== undefined) font = fonts.get(match[1]);
      else if (match[3] !== undefined) runs.push(decode(match[3], font));
      else runs.push([...match[2]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((part) => decode(part[1]!, font)).join(''));
    }
  }
  return runs;
}

export function pdfText(pdf: Buffer): string {
  return pdfTextRuns(pdf).join('\n');
}
