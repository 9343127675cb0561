// What the site's browser scripts share about the pages they run on.

/** The element with this id, of this type; a page renders every element its script asks for. */
export function byId<T extends Element>(id: string, type: { new (): T }): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`#${id} is missing from ${location.pathname}`);
  return element;
}
