/**
 * Joins field objects into one schema shape, in order. Schemas use this instead of an inline
 * `{ ...fields }`: minifiers keep a spread whose result is unused (it could run getters), which
 * would drag unused schemas into every bundle, while this call is marked side-effect free.
 * Internal: not exported from the package.
 */
export const joinFields = /* @__NO_SIDE_EFFECTS__ */ <A extends object, B extends object, C extends object = object>(
  a: A,
  b: B,
  c?: C,
): A & B & C => ({ ...a, ...b, ...c }) as A & B & C;
