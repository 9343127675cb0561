// Edits of one front-matter field through YAML's concrete syntax tree (the `yaml` package's CST),
// which keeps the source of every token: the field's own tokens change and every other byte of the
// note stays as written, whether its front matter is a block, a `{ … }` flow mapping, indented,
// ended with `...`, or holds block scalars, comments and anchors. An edit that cannot be made so is
// refused with the reason (EditRefused), never guessed at.
import { CST, Parser } from 'yaml';
import { FRONT_MATTER } from '@/lib/content/front-matter';

/** Why a field was left as it was: one line that ends with what to do. */
export class EditRefused extends Error {}

type FieldMap = CST.BlockMap | CST.FlowCollection;
/** A change of the front matter's YAML: `remove` characters at `at`, and `insert` there. */
type Splice = { at: number; remove: number; insert: string };
type Change = (yaml: string, map: FieldMap) => Splice | undefined;

const LINE_ENDINGS: Record<string, string> = { '\n': 'LF', '\r\n': 'CRLF', '\r': 'CR' };

/**
 * `text` with `change` applied to its front matter; undefined when there is nothing to change. The
 * YAML is edited with `\n` line endings, as the project's parser reads it, and written back with
 * the file's own; the summary below the front matter is never touched.
 */
function editFrontMatter(text: string, change: Change): string | undefined {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const block = FRONT_MATTER.exec(text.slice(bom).replace(/\r\n?/g, '\n'));
  if (block === null) throw new EditRefused('no front matter between two "---" lines; run npm run check');
  // The same lines in the file as written: how they end, and where the front matter's last one ends.
  const breaks = /\r\n|\r|\n/g;
  breaks.lastIndex = bom;
  const endings = new Set<string>();
  for (let count = block[0].split('\n').length - 1; count > 0; count--) endings.add(breaks.exec(text)?.[0] ?? '\n');
  const end = block[0].endsWith('\n') ? breaks.lastIndex : text.length;
  if (endings.size > 1) {
    throw new EditRefused(
      `the front matter mixes line endings (${endingNames(endings)}); save the file with one kind and run again`,
    );
  }
  const yaml = block[1] ?? '';
  const splice = change(yaml, fieldMap(yaml));
  if (splice === undefined) return undefined;
  const at = block[0].indexOf('\n') + 1 + splice.at;
  const edited = block[0].slice(0, at) + splice.insert + block[0].slice(at + splice.remove);
  return text.slice(0, bom) + edited.replaceAll('\n', [...endings][0] ?? '\n') + text.slice(end);
}

/** The front matter's mapping of fields, as tokens. */
function fieldMap(yaml: string): FieldMap {
  const document = [...new Parser().parse(yaml)].find((token) => token.type === 'document');
  const map = document?.type === 'document' ? document.value : undefined;
  if (map?.type === 'block-map' || (map?.type === 'flow-collection' && map.start.type === 'flow-map-start')) return map;
  throw new EditRefused('the front matter is not a mapping of fields; run npm run check');
}

function fieldIndex(map: FieldMap, name: string): number {
  return map.items.findIndex((item) => CST.resolveAsScalar(item.key)?.value === name);
}

/** Where an item's text starts: its leading comma, comment or key. */
function itemStart(item: CST.CollectionItem): number {
  return item.start[0]?.offset ?? item.key?.offset ?? item.sep?.[0]?.offset ?? item.value?.offset ?? 0;
}

/** Where a flow mapping's value ends: after its text or closing bracket, before comments and line breaks. */
function valueEnd(token: CST.Token): number {
  if (token.type === 'flow-collection') {
    const close = token.end.find((part) => part.type === 'flow-map-end' || part.type === 'flow-seq-end');
    return close ? close.offset + 1 : token.offset + CST.stringify(token).length;
  }
  return token.offset + ('source' in token ? token.source.length : CST.stringify(token).length);
}

/**
 * The note with the value of field `name` replaced by what `change` makes of the current one,
 * written as the old one was (plain, quoted or a block scalar), quoted where its context needs it;
 * undefined when the field is absent or `change` returns undefined.
 */
export function setField(text: string, name: string, change: (current: string) => string | undefined) {
  return editFrontMatter(text, replaceValue(name, change));
}

function replaceValue(name: string, change: (current: string) => string | undefined): Change {
  return (_yaml, map) => {
    const token = map.items[fieldIndex(map, name)]?.value;
    if (token === undefined) return undefined;
    const current = CST.resolveAsScalar(token);
    if (current === null) throw new EditRefused(`${name}: is not a single value; write it out and run again`);
    const value = change(current.value);
    if (value === undefined) return undefined;
    const before = CST.stringify(token);
    const written = blockIndent(token);
    // The `yaml` package indents a block scalar's new text by the map's indent plus two; one
    // written with four spaces keeps its four, as every other byte of the note keeps its own.
    if (written !== undefined && token.type === 'block-scalar') token.indent = written;
    CST.setScalarValue(token, value, {
      afterKey: map.type === 'block-map' && written === undefined,
      inFlow: map.type === 'flow-collection',
    });
    return { at: token.offset, remove: before.length, insert: CST.stringify(token) };
  };
}

/** The indent of a block scalar's text as written (`>-` then four spaces: 4); undefined for any other value. */
function blockIndent(token: CST.Token): number | undefined {
  if (token.type !== 'block-scalar') return undefined;
  const line = token.source.split('\n').find((text) => text.trim() !== '');
  return line === undefined ? undefined : line.length - line.trimStart().length;
}

/** The note with `name: value` added as the front matter's last field; undefined when the field is there. */
export function addField(text: string, name: string, value: string) {
  return editFrontMatter(text, appendField(name, value));
}

function appendField(name: string, value: string): Change {
  return (yaml, map) => {
    if (fieldIndex(map, name) !== -1) return undefined;
    const inFlow = map.type === 'flow-collection';
    const pair = `${name}: ${CST.stringify(CST.createScalarToken(value, { indent: 0, inFlow, end: [] }))}`;
    const filled = map.items.filter((item) => item.key || item.value);
    const last = filled.at(-1);
    if (last === undefined) throw new EditRefused('the front matter has no fields; run npm run check');
    if (!inFlow) {
      const at = itemStart(last) + CST.stringify(last).length;
      return { at, remove: 0, insert: `${yaml[at - 1] === '\n' ? '' : '\n'}${' '.repeat(map.indent)}${pair}\n` };
    }
    // After the last value, separated as the fields before are (`, ` or a comma and a new line).
    const separated = filled.filter((item) => item.start[0]?.type === 'comma').at(-1);
    const layout = separated?.start.filter((part) => ['comma', 'newline', 'space'].includes(part.type));
    const separator = layout ? layout.map((part) => part.source).join('') : ', ';
    const at = last.value ? valueEnd(last.value) : itemStart(last) + CST.stringify(last).length;
    return { at, remove: 0, insert: `${separator}${pair}` };
  };
}

/**
 * A whole YAML file of fields (site.yml) with each of `values` set: a field there gets its new
 * value written as the old one was, a field not there is added last; every other byte, the
 * byte-order mark and the line endings included, stays as written. A value already there is left.
 */
export function setFileFields(text: string, values: Record<string, string>): string {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const endings = new Set(text.match(/\r\n|\r|\n/g));
  if (endings.size > 1)
    throw new EditRefused(`the file mixes line endings (${endingNames(endings)}); save it with one kind and run again`);
  let yaml = text.slice(bom).replace(/\r\n?/g, '\n');
  for (const [name, value] of Object.entries(values)) {
    const change: Change = (source, map) =>
      fieldIndex(map, name) === -1
        ? appendField(name, value)(source, map)
        : replaceValue(name, (current) => (current === value ? undefined : value))(source, map);
    const splice = change(yaml, fieldMap(yaml));
    if (splice) yaml = yaml.slice(0, splice.at) + splice.insert + yaml.slice(splice.at + splice.remove);
  }
  return text.slice(0, bom) + yaml.replaceAll('\n', [...endings][0] ?? '\n');
}

function endingNames(endings: Set<string>): string {
  return Object.keys(LINE_ENDINGS)
    .filter((ending) => endings.has(ending))
    .map((ending) => LINE_ENDINGS[ending])
    .join(' and ');
}

/** The note without field `name` (its line, or its place in a `{ … }` mapping); undefined when it is absent. */
export function removeField(text: string, name: string) {
  return editFrontMatter(text, (yaml, map) => {
    const index = fieldIndex(map, name);
    const item = map.items[index];
    if (item?.key === undefined || item.key === null) return undefined;
    refuseUsedAnchor(map, item, name);
    const key = item.key.offset;
    if (map.type === 'block-map') {
      const lineStart = yaml.lastIndexOf('\n', key - 1) + 1;
      if (yaml.slice(lineStart, key).trim() !== '') {
        throw new EditRefused(`${name}: shares its line with other YAML; give it a line of its own and run again`);
      }
      return { at: lineStart, remove: itemStart(item) + CST.stringify(item).length - lineStart, insert: '' };
    }
    const end = item.value ? valueEnd(item.value) : key + CST.stringify(item.key).length;
    // A later field goes with the comma before it; the first one with the comma after it.
    if (index > 0) return { at: itemStart(item), remove: end - itemStart(item), insert: '' };
    const next = map.items[1]?.key?.offset ?? end;
    return { at: key, remove: next - key, insert: '' };
  });
}

/** Removing a value whose anchor (`&d`) an alias (`*d`) refers to would leave that alias unresolved. */
function refuseUsedAnchor(map: FieldMap, item: CST.CollectionItem, name: string): void {
  const anchors = [...item.start, ...(item.sep ?? [])].filter((part) => part.type === 'anchor');
  if (anchors.length === 0) return;
  const aliases = new Set<string>();
  CST.visit({ start: [], value: map }, (visited) => {
    for (const token of [visited.key, visited.value]) if (token?.type === 'alias') aliases.add(token.source.slice(1));
  });
  for (const anchor of anchors) {
    const label = anchor.source.slice(1);
    if (aliases.has(label)) {
      throw new EditRefused(
        `${name}: carries the anchor &${label}, which *${label} uses; write that value out in its place and run again`,
      );
    }
  }
}
