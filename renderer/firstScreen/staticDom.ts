import { Fragment, type ReactNode } from 'react';

// Draws a tree of React elements as DOM, once, without React DOM: the first screen's components
// (shellParts, pilotCells, FirstScreenView) are the app's own, and React DOM — some 180 KB that
// take 30 ms to evaluate on a small machine — is not on the first screen's path. The app's React
// root then replaces what this drew (createRoot clears its container in its first commit).
//
// It knows only what those components use: function components, fragments, elements and SVG,
// attributes, inline styles and click handlers. Anything else (a hook, a context, a class
// component, a prop it cannot name) throws, so a change to them that this cannot draw alike
// fails the first screen's tests instead of drawing something else.

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const FORWARD_REF = Symbol.for('react.forward_ref');

/** Props whose attribute is named otherwise, as React DOM names them. */
const ATTRIBUTE_NAMES: Readonly<Record<string, string>> = {
  className: 'class',
  htmlFor: 'for',
  tabIndex: 'tabindex',
  colSpan: 'colspan',
  rowSpan: 'rowspan',
  strokeWidth: 'stroke-width',
  strokeLinecap: 'stroke-linecap',
  strokeLinejoin: 'stroke-linejoin',
  viewBox: 'viewBox',
};

/** Attributes present or absent (React DOM writes `true` as ""), not "true" or "false". */
const BOOLEAN_ATTRIBUTES = new Set([
  'hidden',
  'disabled',
  'checked',
  'selected',
  'multiple',
  'required',
]);

/** Style properties whose numbers have no unit (others are pixels, as React DOM writes them). */
const UNITLESS_STYLES = new Set([
  'flex',
  'flexGrow',
  'flexShrink',
  'fontWeight',
  'lineHeight',
  'opacity',
  'order',
  'zIndex',
]);

const IGNORED_PROPS = new Set(['children', 'key', 'ref']);

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function attributeName(prop: string): string {
  const named = ATTRIBUTE_NAMES[prop];
  if (named) return named;
  if (prop.startsWith('aria-') || prop.startsWith('data-') || !/[A-Z]/.test(prop)) return prop;
  throw new Error(`staticDom: no attribute for the prop "${prop}"`);
}

function setStyle(element: HTMLElement | SVGElement, style: Record<string, unknown>): void {
  for (const [property, value] of Object.entries(style)) {
    if (value === null || value === undefined || value === '') continue;
    const text =
      typeof value === 'number' && value !== 0 && !UNITLESS_STYLES.has(property)
        ? `${value}px`
        : String(value);
    element.style.setProperty(kebab(property), text);
  }
}

function setProps(element: HTMLElement | SVGElement, props: Record<string, unknown>): void {
  for (const [prop, value] of Object.entries(props)) {
    if (IGNORED_PROPS.has(prop) || value === undefined || value === null) continue;
    if (prop === 'style') {
      setStyle(element, value as Record<string, unknown>);
    } else if (prop === 'onClick') {
      element.addEventListener('click', value as EventListener);
    } else if (/^on[A-Z]/.test(prop) || prop === 'dangerouslySetInnerHTML') {
      throw new Error(`staticDom: cannot draw the prop "${prop}"`);
    } else {
      const name = attributeName(prop);
      if (typeof value === 'boolean' && !name.startsWith('aria-') && !name.startsWith('data-')) {
        if (!BOOLEAN_ATTRIBUTES.has(name)) throw new Error(`staticDom: "${prop}" is no boolean`);
        if (value) element.setAttribute(name, '');
      } else {
        element.setAttribute(name, String(value));
      }
    }
  }
}

interface ElementLike {
  type: unknown;
  props: Record<string, unknown>;
}

const isElement = (node: unknown): node is ElementLike =>
  typeof node === 'object' && node !== null && 'type' in node && 'props' in node;

/** Appends what `node` draws to `parent`. */
function append(node: ReactNode, parent: Node, inSvg: boolean): void {
  // Nothing for an empty text either, as React DOM (`{row.summary && …}` with no summary).
  if (node === null || node === undefined || typeof node === 'boolean' || node === '') return;
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') {
    parent.appendChild(document.createTextNode(String(node)));
    return;
  }
  if (Array.isArray(node)) {
    for (const child of node as ReactNode[]) append(child, parent, inSvg);
    return;
  }
  if (!isElement(node)) throw new Error('staticDom: cannot draw this node');
  const { type, props } = node;
  if (type === Fragment) {
    append(props['children'] as ReactNode, parent, inSvg);
  } else if (typeof type === 'function') {
    append((type as (p: typeof props) => ReactNode)(props), parent, inSvg);
  } else if (typeof type === 'object' && type !== null && '$$typeof' in type) {
    const component = type as {
      $$typeof: symbol;
      render?: (p: typeof props, r: null) => ReactNode;
    };
    if (component.$$typeof !== FORWARD_REF || !component.render) {
      throw new Error('staticDom: cannot draw this kind of component');
    }
    append(component.render(props, null), parent, inSvg);
  } else if (typeof type === 'string') {
    const svg = inSvg || type === 'svg';
    const element = svg
      ? document.createElementNS(SVG_NAMESPACE, type)
      : document.createElement(type);
    setProps(element, props);
    append(props['children'] as ReactNode, element, svg);
    parent.appendChild(element);
  } else {
    throw new Error('staticDom: cannot draw this element');
  }
}

/** Replaces what `container` holds with what `node` draws, in one change of the document. */
export function renderStatic(node: ReactNode, container: Element): void {
  const drawn = document.createDocumentFragment();
  append(node, drawn, false);
  container.replaceChildren(drawn);
}
