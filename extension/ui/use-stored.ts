/** A validated storage item as preact state: read once, then kept in step with storage. */
import { useEffect, useState } from 'preact/hooks';
import type { StorageProblem, ValidatedItem } from '../storage/validated-item';

export interface StoredState<T> {
  /** False until the first read answered: the panel shows « Chargement… » rather than defaults. */
  readonly loaded: boolean;
  readonly value: T;
  readonly problem?: StorageProblem;
}

export function useStored<T>(item: ValidatedItem<T>): StoredState<T> {
  const [state, setState] = useState<StoredState<T>>({ loaded: false, value: item.fallback });
  useEffect(() => {
    let live = true;
    let changed = false;
    const stop = item.watch((stored) => {
      changed = true;
      if (live) setState({ loaded: true, ...stored });
    });
    void item.read().then((stored) => {
      // A change seen meanwhile is newer than this first read.
      if (live && !changed) setState({ loaded: true, ...stored });
    });
    return () => {
      live = false;
      stop();
    };
  }, [item]);
  return state;
}
