// A small reading-view renderer for the preview page: remark's syntax tree drawn
// with Obsidian's DOM helpers and Obsidian's class names (headings, lists, task
// checkboxes, callouts, internal links), block ids hidden as reading view hides
// them. It covers what the example notes use, no more. Preview-only.
import type { BlockContent, DefinitionContent, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const svgNs = 'http://www.w3.org/2000/svg';

/** A Lucide icon (ISC licence), as Obsidian draws its icons. */
export function icon(parent: HTMLElement, shapes: ReadonlyArray<readonly [string, Record<string, string>]>): SVGSVGElement {
  const svg = document.createElementNS(svgNs, 'svg');
  for (const [name, value] of Object.entries({
    viewBox: '0 0 24 24',
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': '2',
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
    class: 'svg-icon',
  })) {
    svg.setAttribute(name, value);
  }
  for (const [tag, attrs] of shapes) {
    const shape = svg.appendChild(document.createElementNS(svgNs, tag));
    for (const [name, value] of Object.entries(attrs)) shape.setAttribute(name, value);
  }
  parent.appendChild(svg);
  return svg;
}

/** Lucide's circle-help, the icon of Obsidian's "question" callout. */
const questionIcon = [
  ['circle', { cx: '12', cy: '12', r: '10' }],
  ['path', { d: 'M9.09 9a3 3 0 0 1 5.83 1c0 2-3 3-3 3' }],
  ['path', { d: 'M12 17h.01' }],
] as const;

/** Lucide's pencil, for any other callout type the notes might hold. */
const noteIcon = [
  ['path', { d: 'M21.174 6.812a1 1 0 0 0-3.986-3.987L3.842 16.174a2 2 0 0 0-.5.83l-1.321 4.352a.5.5 0 0 0 .623.622l4.353-1.32a2 2 0 0 0 .83-.497z' }],
  ['path', { d: 'm15 5 4 4' }],
] as const;

const blockId = /\s\^[A-Za-z0-9-]+\s*$/;
const taskMarker = /^\[(.)\]\s+/;
const calloutMarker = /^\[!([\w-]+)\][+-]?[ \t]*([^\n]*)/;

type Node = RootContent | BlockContent | DefinitionContent;

/** Text with [[wikilinks]] drawn as Obsidian's internal links. */
function renderText(parent: HTMLElement, value: string): void {
  let last = 0;
  for (const m of value.matchAll(/\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g)) {
    if (m.index > last) parent.append(value.slice(last, m.index));
    const target = m[1] ?? '';
    parent.createEl('a', { cls: 'internal-link', text: m[2] ?? target, attr: { 'data-href': target } });
    last = m.index + m[0].length;
  }
  if (last < value.length) parent.append(value.slice(last));
}

function renderInline(parent: HTMLElement, nodes: readonly PhrasingContent[]): void {
  nodes.forEach((node, i) => {
    const isLast = i === nodes.length - 1;
    switch (node.type) {
      case 'text':
        renderText(parent, isLast ? node.value.replace(blockId, '') : node.value);
        break;
      case 'emphasis':
        renderInline(parent.createEl('em'), node.children);
        break;
      case 'strong':
        renderInline(parent.createEl('strong'), node.children);
        break;
      case 'inlineCode':
        parent.createEl('code', { text: node.value });
        break;
      case 'break':
        parent.createEl('br');
        break;
      case 'link':
        renderInline(parent.createEl('a', { cls: 'external-link', attr: { href: node.url } }), node.children);
        break;
      default:
        parent.append('value' in node ? node.value : '');
    }
  });
}

/** A blockquote that opens with `[!type] Title` is a callout, as Obsidian draws it. */
function renderCallout(parent: HTMLElement, children: readonly Node[], type: string, title: string, rest: readonly PhrasingContent[]): void {
  const callout = parent.createDiv({ cls: 'callout', attr: { 'data-callout': type } });
  const head = callout.createDiv({ cls: 'callout-title' });
  icon(head.createDiv({ cls: 'callout-icon' }), type === 'question' ? questionIcon : noteIcon);
  head.createDiv({ cls: 'callout-title-inner', text: title.replace(blockId, '') || type.charAt(0).toUpperCase() + type.slice(1) });
  const content = callout.createDiv({ cls: 'callout-content' });
  if (rest.length > 0) renderInline(content.createEl('p'), rest);
  renderBlocks(content, children);
}

function renderBlockquote(parent: HTMLElement, children: readonly Node[]): void {
  const first = children[0];
  const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
  const marker = lead?.type === 'text' ? calloutMarker.exec(lead.value) : null;
  if (first?.type === 'paragraph' && lead?.type === 'text' && marker) {
    // The title is the rest of the marker's line; the paragraph's later lines are the callout's first paragraph.
    const afterTitle = lead.value.slice(marker[0].length).replace(/^\n/, '');
    const rest: PhrasingContent[] = [...(afterTitle ? [{ ...lead, value: afterTitle }] : []), ...first.children.slice(1)];
    renderCallout(parent, children.slice(1), (marker[1] ?? 'note').toLowerCase(), marker[2] ?? '', rest);
    return;
  }
  renderBlocks(parent.createEl('blockquote'), children);
}

function renderListItem(list: HTMLElement, item: ListItem): void {
  const li = list.createEl('li');
  const [first, ...rest] = item.children;
  const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
  const task = lead?.type === 'text' ? taskMarker.exec(lead.value) : null;
  if (first?.type === 'paragraph' && lead?.type === 'text' && task) {
    const state = task[1] ?? ' ';
    li.addClass('task-list-item');
    li.setAttribute('data-task', state);
    if (state !== ' ') li.addClass('is-checked');
    const box = li.createEl('input', { cls: 'task-list-item-checkbox', type: 'checkbox' });
    box.checked = state !== ' ';
    box.setAttribute('data-line', String((lead.position?.start.line ?? 1) - 1));
    renderInline(li, [{ ...lead, value: lead.value.slice(task[0].length) }, ...first.children.slice(1)]);
    renderBlocks(li, rest);
    return;
  }
  if (first?.type === 'paragraph' && !item.spread) {
    renderInline(li, first.children);
    renderBlocks(li, rest);
  } else {
    renderBlocks(li, item.children);
  }
}

function renderBlocks(parent: HTMLElement, nodes: readonly Node[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'heading':
        renderInline(parent.createEl(`h${node.depth}`), node.children);
        break;
      case 'paragraph':
        renderInline(parent.createEl('p'), node.children);
        break;
      case 'list': {
        const list = parent.createEl(node.ordered ? 'ol' : 'ul', { cls: 'has-list-bullet' });
        for (const item of node.children) renderListItem(list, item);
        if (node.children.some((item) => taskMarker.test(item.children[0]?.type === 'paragraph' && item.children[0].children[0]?.type === 'text' ? item.children[0].children[0].value : ''))) {
          list.addClass('contains-task-list');
        }
        break;
      }
      case 'blockquote':
        renderBlockquote(parent, node.children);
        break;
      case 'code':
        parent.createEl('pre').createEl('code', { text: node.value });
        break;
      case 'thematicBreak':
        parent.createEl('hr');
        break;
      default:
        // Frontmatter is shown as properties by the caller; anything else the notes do not use.
        break;
    }
  }
}

/** Parse a note the way the plugin's core does (remark with frontmatter). */
export function parseMarkdown(text: string): Root {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(text);
}

/** Draw a note's body as Obsidian's reading view does, into `parent`. */
export function renderMarkdown(parent: HTMLElement, text: string): void {
  renderBlocks(parent, parseMarkdown(text).children);
}
