// The paths of folders an export links by parent (Karakeep's lists, Linkwarden's collections):
// each path is its parent's and one name, found once, so folders chained by `parentId` cost their
// count times at most MAX_FOLDER_DEPTH, with no recursion as deep as the chain (issue 31: 4,000
// chained Karakeep lists ran for minutes).
import { MAX_FOLDER_DEPTH } from './fields';

/** A folder's names from the outermost in, or, past MAX_FOLDER_DEPTH, only its depth. */
export type FolderPath = string[] | number;

/** Each folder's path by its id; a missing parent ends a path, and a cycle starts it again. */
export function folderPaths<Id>(folders: Map<Id, { name: string; parent: Id }>): Map<Id, FolderPath> {
  const paths = new Map<Id, FolderPath>();
  for (const id of folders.keys()) {
    const chain: { id: Id; name: string }[] = [];
    const onChain = new Set<Id>();
    let at = id;
    for (let folder = folders.get(at); folder && !paths.has(at) && !onChain.has(at); folder = folders.get(at)) {
      chain.push({ id: at, name: folder.name });
      onChain.add(at);
      at = folder.parent;
    }
    // The folder above is known, missing, or (in a cycle) on this chain.
    let above: FolderPath = paths.get(at) ?? [];
    for (const link of chain.reverse()) {
      above =
        typeof above === 'number'
          ? above + 1
          : above.length < MAX_FOLDER_DEPTH
            ? [...above, link.name]
            : above.length + 1;
      paths.set(link.id, above);
    }
  }
  return paths;
}
