/** Text without the byte-order mark that editors on Windows save at the start of a file. */
export function withoutBom(text: string): string {
  return text.replace(/^\uFEFF/, '');
}
