/** Building DOM nodes in the islands: properties, attributes and children in one call. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, unknown> & { attributes?: Record<string, string> } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const { attributes = {}, ...properties } = props;
  const node: HTMLElementTagNameMap[K] = document.createElement(tag);
  Object.assign(node, properties);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}
