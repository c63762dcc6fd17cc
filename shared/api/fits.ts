/**
 * Compile-time guard that a domain type can be sent as a contract's type: `Fits<Domain, Schema>`
 * fails the build when a member the schema describes changes type or becomes optional in the
 * domain. The domain's arrays are readonly, what zod infers is not: the comparison ignores that.
 */
export type Fits<T extends Readonly<U>, U> = T;

/** `Readonly` all the way down, for comparing with a zod-inferred type. */
export type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
