// A page's bytes, read as a stream and never more than needed: up to the end of its head, or to a
// byte limit, then the rest is cancelled. A page of 200 MB costs what its first bytes cost.

import { MIMEType } from 'node:util';
import sniffHTMLEncoding from 'html-encoding-sniffer';

// Where the head has ended. The bytes are scanned as Latin-1: `<` is never part of a character in
// the ASCII-compatible encodings pages use (UTF-8, Shift_JIS, the ISO and Windows sets).
const HEAD_END = /<\/head[\s>]|<body[\s>]/i;
const LONGEST_MARK = '</head>'.length;

/** The body's bytes: all of them up to `maxBytes`, or, `untilHeadEnds`, up to where the head ends. */
export async function readBody(
  body: ReadableStream<Uint8Array> | null,
  { maxBytes, untilHeadEnds }: { maxBytes: number; untilHeadEnds: boolean },
): Promise<Buffer> {
  if (body === null) return Buffer.alloc(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let tail = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks);
    const chunk = value.subarray(0, maxBytes - size);
    chunks.push(chunk);
    size += chunk.length;
    const seen = tail + Buffer.from(chunk).toString('latin1');
    if (size >= maxBytes || (untilHeadEnds && HEAD_END.test(seen))) {
      await reader.cancel();
      return Buffer.concat(chunks);
    }
    tail = seen.slice(-LONGEST_MARK);
  }
}

/** The `Content-Type`'s media type and charset; a missing or unreadable one says nothing. */
export function mediaType(contentType: string | null): { essence?: string; charset?: string } {
  try {
    const type = new MIMEType(contentType ?? '');
    return { essence: type.essence, charset: type.params.get('charset') ?? undefined };
  } catch {
    return {};
  }
}

/**
 * The page's text, decoded as a browser would: the HTML standard's sniffing (a byte-order mark,
 * then the header's charset, then `<meta charset>`, else windows-1252) through html-encoding-sniffer.
 */
export function decodePage(bytes: Uint8Array, charset: string | undefined): string {
  const encoding = sniffHTMLEncoding(bytes, { transportLayerEncodingLabel: charset });
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    // An encoding Node's ICU lacks: the standard's default is the best guess left.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
