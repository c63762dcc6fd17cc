/**
 * Counts the work done on a data structure, for "linear time" checks that do not depend on the
 * machine or its load: every property read on the value, and on every object or array reached
 * from it, adds one. An element tree or a model read by code that scans all the lines once per
 * line costs about four times as many reads for twice the lines; linear code, about twice as many.
 *
 * Plain objects and arrays reached through the wrapper are wrappers themselves, one per object, so
 * identity comparisons and WeakMap keys still work; anything else (a Map, a class instance with
 * private fields) is handed out as it is, and reads on it are not counted.
 */
export interface Counted<T> {
  readonly value: T;
  /** Property reads since the wrapper was made. */
  reads(): number;
}

export function counted<T extends object>(value: T): Counted<T> {
  let reads = 0;
  const wrappers = new WeakMap<object, object>();
  const wrap = (target: object): object => {
    let wrapper = wrappers.get(target);
    if (wrapper === undefined) {
      wrapper = new Proxy(target, {
        get(object, key) {
          reads++;
          const found: unknown = Reflect.get(object, key);
          if (!isPlainData(found)) return found;
          // A frozen property must read as itself (a Proxy invariant): it is not followed further.
          const property = Reflect.getOwnPropertyDescriptor(object, key);
          if (property && !property.configurable && !property.writable) return found;
          return wrap(found);
        },
      });
      wrappers.set(target, wrapper);
    }
    return wrapper;
  };
  return { value: wrap(value) as T, reads: () => reads };
}

function isPlainData(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === Array.prototype || prototype === null;
}

/**
 * How many times more work `run` does on a structure built for `2n` than on one built for `n`:
 * about 2 for linear code, about 4 for quadratic code.
 */
export function growthOfReads<T extends object>(
  build: (size: number) => T,
  run: (value: T) => void,
  n: number,
): number {
  const readsFor = (size: number) => {
    const structure = counted(build(size));
    run(structure.value);
    return structure.reads();
  };
  return readsFor(2 * n) / readsFor(n);
}
