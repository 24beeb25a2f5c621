// Reads the text back out of a PDF made with pdfkit's standard fonts: inflates the content
// streams and decodes the hex strings of every TJ operator from Windows-1252. Enough to check
// what a PDF says, without a PDF library (none is installed for tests).
import { inflateSync } from 'node:zlib';

const CP1252: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š',
  0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—',
  0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

function decodeHex(hex: string): string {
  let out = '';
  for (let i = 0; i + 1 < hex.length; i += 2) {
    const byte = parseInt(hex.slice(i, i + 2), 16);
    out += CP1252[byte] ?? String.fromCharCode(byte);
  }
  return out;
}

/** The PDF's content streams, inflated where compressed. */
export function contentStreams(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const streams: string[] = [];
  const pattern = /<<([\s\S]*?)>>\s*stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(raw))) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    const body = pdf.subarray(start, end);
    const dictionary = match[1]!;
    if (/\/FlateDecode/.test(dictionary)) {
      try {
        streams.push(inflateSync(body).toString('latin1'));
      } catch {
        // Not a content stream we can read (an image or a font): skip it.
      }
    } else {
      streams.push(body.toString('latin1'));
    }
  }
  return streams;
}

/** Every text-showing operation of the PDF, in order, one string each. */
export function pdfTextRuns(pdf: Buffer): string[] {
  const runs: string[] = [];
  for (const stream of contentStreams(pdf)) {
    const operations = /\[((?:<[0-9a-fA-F]*>|[\s\d.-])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g;
    let match: RegExpExecArray | null;
    while ((match = operations.exec(stream))) {
      if (match[2] !== undefined) runs.push(decodeHex(match[2]));
      else runs.push([...match[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((part) => decodeHex(part[1]!)).join(''));
    }
  }
  return runs;
}

export function pdfText(pdf: Buffer): string {
  return pdfTextRuns(pdf).join('\n');
}
