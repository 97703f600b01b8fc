// Obsidian's additions to the DOM (createEl, empty, addClass, …), installed on
// happy-dom's prototypes, and a record of every live event listener so a test
// can prove that unloading the plugin leaves none behind. Test-only.

type Info = DomElementInfo | string | undefined;

function applyInfo(el: HTMLElement, o: Info): void {
  if (o === undefined) return;
  const info: DomElementInfo = typeof o === 'string' ? { cls: o } : o;
  if (info.cls !== undefined) el.addClass(...(Array.isArray(info.cls) ? info.cls : info.cls.split(' ')).filter((c) => c !== ''));
  if (info.text !== undefined) el.setText(info.text);
  if (info.title !== undefined) el.setAttribute('title', info.title);
  if (info.type !== undefined) el.setAttribute('type', info.type);
  if (info.placeholder !== undefined) el.setAttribute('placeholder', info.placeholder);
  if (info.href !== undefined) el.setAttribute('href', info.href);
  if (info.value !== undefined) (el as HTMLInputElement).value = info.value;
  for (const [name, value] of Object.entries(info.attr ?? {})) {
    if (value === null || value === false) el.removeAttribute(name);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  if (info.parent) {
    if (info.prepend) info.parent.insertBefore(el, info.parent.firstChild);
    else info.parent.appendChild(el);
  }
}

function create<K extends keyof HTMLElementTagNameMap>(
  parent: Node | undefined,
  tag: K,
  o: Info,
  callback?: (el: HTMLElementTagNameMap[K]) => void,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  applyInfo(el, o);
  if (parent && !(typeof o === 'object' && o.parent)) {
    if (typeof o === 'object' && o.prepend) parent.insertBefore(el, parent.firstChild);
    else parent.appendChild(el);
  }
  callback?.(el);
  return el;
}

/** Put Obsidian's DOM helpers on the prototypes and as globals, as Obsidian does at start-up. */
export function installDomHelpers(): void {
  const node = Node.prototype;
  const element = Element.prototype;
  Object.assign(node, {
    createEl<K extends keyof HTMLElementTagNameMap>(this: Node, tag: K, o?: Info, callback?: (el: HTMLElementTagNameMap[K]) => void) {
      return create(this, tag, o, callback);
    },
    createDiv(this: Node, o?: Info, callback?: (el: HTMLDivElement) => void) {
      return create(this, 'div', o, callback);
    },
    createSpan(this: Node, o?: Info, callback?: (el: HTMLSpanElement) => void) {
      return create(this, 'span', o, callback);
    },
    empty(this: Node) {
      while (this.firstChild) this.removeChild(this.firstChild);
    },
    detach(this: Node) {
      this.parentNode?.removeChild(this);
    },
  });
  Object.assign(element, {
    getText(this: Element) {
      return this.textContent ?? '';
    },
    setText(this: Element, value: string | DocumentFragment) {
      if (typeof value === 'string') this.textContent = value;
      else {
        this.textContent = '';
        this.appendChild(value);
      }
    },
    addClass(this: Element, ...classes: string[]) {
      this.classList.add(...classes);
    },
    removeClass(this: Element, ...classes: string[]) {
      this.classList.remove(...classes);
    },
    toggleClass(this: Element, classes: string | string[], value: boolean) {
      for (const c of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(c, value);
    },
    hasClass(this: Element, cls: string) {
      return this.classList.contains(cls);
    },
    setAttr(this: Element, name: string, value: string | number | boolean | null) {
      if (value === null) this.removeAttribute(name);
      else this.setAttribute(name, String(value));
    },
  });
  Object.assign(globalThis, {
    createEl: <K extends keyof HTMLElementTagNameMap>(tag: K, o?: Info, cb?: (el: HTMLElementTagNameMap[K]) => void) => create(undefined, tag, o, cb),
    createDiv: (o?: Info, cb?: (el: HTMLDivElement) => void) => create(undefined, 'div', o, cb),
    createSpan: (o?: Info, cb?: (el: HTMLSpanElement) => void) => create(undefined, 'span', o, cb),
    createFragment: (cb?: (el: DocumentFragment) => void) => {
      const fragment = document.createDocumentFragment();
      cb?.(fragment);
      return fragment;
    },
  });
}

/** One listener added with addEventListener and not yet removed. */
export interface LiveListener {
  target: EventTarget;
  type: string;
  listener: EventListenerOrEventListenerObject;
  capture: boolean;
}

/** Every listener added and not removed since the helpers were installed. */
export const liveListeners = new Set<LiveListener>();

function captureOf(options: boolean | EventListenerOptions | undefined): boolean {
  return typeof options === 'boolean' ? options : options?.capture === true;
}

/** Record addEventListener and removeEventListener on every DOM target (happy-dom's, not Node's EventTarget). */
export function trackListeners(): void {
  const domTarget = Object.getPrototypeOf(Node.prototype) as EventTarget;
  patch(domTarget, undefined);
  // `window` is the global object here; its own methods are bound to happy-dom's window.
  if (Object.prototype.hasOwnProperty.call(globalThis, 'addEventListener')) patch(globalThis, window);
}

function patch(holder: EventTarget, fixed: EventTarget | undefined): void {
  // The originals are called with an explicit `this` below, so taking them off their object is safe.
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with an explicit `this` below
  const add = holder.addEventListener;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with an explicit `this` below
  const remove = holder.removeEventListener;
  holder.addEventListener = function (this: EventTarget, type, listener, options) {
    const target = fixed ?? this;
    if (listener) {
      const capture = captureOf(options);
      const known = [...liveListeners].some((l) => l.target === target && l.type === type && l.listener === listener && l.capture === capture);
      if (!known) liveListeners.add({ target, type, listener, capture });
    }
    add.call(this, type, listener, options);
  };
  holder.removeEventListener = function (this: EventTarget, type, listener, options) {
    const target = fixed ?? this;
    const capture = captureOf(options);
    for (const l of liveListeners) {
      if (l.target === target && l.type === type && l.listener === listener && l.capture === capture) liveListeners.delete(l);
    }
    remove.call(this, type, listener, options);
  };
}

/**
 * Listeners that can still fire: on window, on document, or on an element
 * still in the document (listeners on detached elements go with them).
 */
export function reachableListeners(): LiveListener[] {
  return [...liveListeners].filter((l) => l.target === window || l.target === document || (l.target instanceof Node && l.target.isConnected));
}
