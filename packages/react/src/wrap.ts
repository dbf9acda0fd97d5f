/**
 * `createComponent()` of `@lit/react` with the event props and the ref handled here, so that they
 * end with the component. `@lit/react` leaves its listeners on the element after an unmount (an
 * element the page keeps would still call the unmounted component's handlers) and drops what a
 * callback ref returns (React 19's ref cleanup never ran; the callback got `null` instead).
 * Properties and attributes stay with `@lit/react`. Used by every generated wrapper.
 */
import { createComponent, type EventName, type Options, type ReactWebComponent } from '@lit/react';
import * as React from 'react';

type Props = Record<string, unknown>;

/** The element's methods (`reload`, `requestUpdate`…): `@lit/react` types them as props, and setting one would replace it. */
type Methods<I> = { [K in keyof I]-?: I[K] extends (...args: never[]) => unknown ? K : never }[keyof I];

/** The wrapper's type: `@lit/react`'s, without the element's methods as props. */
export type Wrapper<I extends HTMLElement, E extends Record<string, EventName | string>> = React.ForwardRefExoticComponent<
  Omit<React.ComponentPropsWithoutRef<ReactWebComponent<I, E>>, Methods<I>> & React.RefAttributes<I>
>;

/** Lit's property options, as far as attributes go. */
type PropertyOptions = { attribute?: boolean | string; state?: boolean };

/**
 * The attribute of each of `elementClass`'s properties that has one (Lit: the option's name, else
 * the lower-cased property name), from its `static properties` and those of its base classes.
 */
function attributesOf(elementClass: unknown): Map<string, string> {
  const attributes = new Map<string, string>();
  for (let c = elementClass as { properties?: Record<string, PropertyOptions> } | null; c; c = Object.getPrototypeOf(c)) {
    if (!Object.hasOwn(c, 'properties')) continue;
    for (const [name, { attribute, state }] of Object.entries(c.properties ?? {})) {
      if (attribute !== false && !state && !attributes.has(name)) attributes.set(name, typeof attribute === 'string' ? attribute : name.toLowerCase());
    }
  }
  return attributes;
}

/** What an element class says about the light-DOM children a server render should give it. */
interface ServerChildren {
  /** The property whose data the element also reads from a `<script type="application/json">` child. */
  inlineJson?: string;
  /** `data-razem` of the `<script type="application/ld+json">` child the element fills in. */
  jsonLd?: string;
}

const noSubscription = () => () => {};

/**
 * True while React renders on the server and while it hydrates that HTML, false otherwise: what
 * the server rendered must be rendered again during hydration, and nothing more afterwards.
 */
const useServerPass = (): boolean =>
  React.useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );

/**
 * The React prop that sets `attribute`. A same-named attribute (`month`, `layout`) cannot be the
 * prop itself: `@lit/react` takes that as the property, which it sets on the client only, so a
 * server render would drop it. Capitalised, it is another prop to React and the same attribute
 * to HTML, whose attribute names ignore case.
 */
const attributeProp = (attribute: string, key: string): string => (attribute === key ? attribute[0]!.toUpperCase() + attribute.slice(1) : attribute);

/** JSON for inside a `<script>`: `<` escaped, so no `</script>` or `<!--` in the data can end it. */
const scriptJson = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');

export function wrap<I extends HTMLElement, E extends Record<string, EventName | string>>(options: Options<I, E>): Wrapper<I, E> {
  const inner = createComponent({ ...options, events: {} }) as unknown as React.ComponentType<Props & React.RefAttributes<I>>;
  const events = Object.entries(options.events ?? {});
  const attributes = attributesOf(options.elementClass);
  // An element as created, holding every property's default (made on first need, in a browser).
  let pristine: HTMLElement | undefined;
  const defaultOf = (key: string): unknown => ((pristine ??= document.createElement(options.tagName)) as unknown as Props)[key];
  const { inlineJson, jsonLd } = (options.elementClass as { serverChildren?: ServerChildren }).serverChildren ?? {};
  const component = React.forwardRef<I, Props>((props, ref) => {
    // Array data (`partners`, `events`) cannot be an attribute, so the server gives it to the
    // element as inline JSON: the element upgrades showing it, not "not configured" until
    // hydration sets the property. Only while the server's HTML is rendered or hydrated; after
    // that the property alone carries it.
    const serverPass = useServerPass();
    const data = inlineJson ? props[inlineJson] : undefined;
    const json = React.useMemo(() => (serverPass && Array.isArray(data) ? scriptJson(data) : undefined), [serverPass, data]);
    // The handlers of the last committed render (not of a render React may still discard).
    const latest = React.useRef(props);
    React.useInsertionEffect(() => void (latest.current = props));
    const detach = React.useRef<() => void>(undefined);
    const onElement = React.useCallback(
      (node: I | null) => {
        // React 19 calls what a ref returns instead of calling it with `null`; `@lit/react` drops
        // it, so the ref given to the element is this one, and the partner's ref is called here.
        if (!node) {
          detach.current?.();
          detach.current = undefined;
          return;
        }
        const listeners = events.map(([prop, type]) => {
          const listener = (event: Event) => (latest.current[prop] as ((event: Event) => void) | undefined)?.(event);
          node.addEventListener(type, listener);
          return () => node.removeEventListener(type, listener);
        });
        let cleanup: (() => void) | void = undefined;
        if (typeof ref === 'function') cleanup = ref(node) ?? (() => ref(null));
        else if (ref) {
          ref.current = node;
          cleanup = () => void (ref.current = null);
        }
        detach.current = () => {
          for (const remove of listeners) remove();
          cleanup?.();
        };
      },
      [ref],
    );
    // Configuration props given in an earlier render: one taken away (or set to `undefined`) goes
    // back to the element's default, as if never set; `@lit/react` would set `undefined`, which
    // `kinds`, `organizer`, `search`… do not take (the calendar threw on `kinds`).
    const given = React.useRef(new Set<string>());
    const elementProps: Props = {};
    for (const key of given.current) if (props[key] === undefined) elementProps[key] = defaultOf(key);
    for (const [key, value] of Object.entries(props)) {
      if (options.events?.[key] || value === undefined) continue;
      if (attributes.has(key)) given.current.add(key);
      elementProps[key] = value;
      // Text, numbers and `true` also as the attribute, which server rendering keeps: a
      // server-rendered element then upgrades configured (`api-base`), not "not configured"
      // until hydration sets its properties.
      const attribute = attributes.get(key);
      if (attribute && (typeof value === 'string' || typeof value === 'number' || value === true)) elementProps[attributeProp(attribute, key)] = value === true ? '' : String(value);
    }
    // Children the element would otherwise add itself (the JSON-LD), rendered here so hydration
    // finds what it rendered: a child React did not render makes it rebuild the whole tree.
    // `dangerouslySetInnerHTML` keeps React out of their content, which the element owns.
    const children = [
      props.children as React.ReactNode,
      json === undefined
        ? null
        : React.createElement('script', { key: 'json', type: 'application/json', dangerouslySetInnerHTML: { __html: json }, suppressHydrationWarning: true }),
      jsonLd
        ? React.createElement('script', { key: 'ld', type: 'application/ld+json', 'data-razem': jsonLd, dangerouslySetInnerHTML: { __html: '' }, suppressHydrationWarning: true })
        : null,
    ];
    return React.createElement(inner, { ...elementProps, ref: onElement }, ...children);
  });
  component.displayName = options.displayName ?? options.tagName;
  return component as unknown as Wrapper<I, E>;
}
