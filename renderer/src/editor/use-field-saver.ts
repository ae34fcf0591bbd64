// One autosaved field: a debounced saver that is flushed when the field is left, before undo
// and when the editor goes away (another node selected).
import { useEffect, useMemo } from 'react';
import { debouncedSaver, registerFlush } from '../shell/autosave.ts';

/**
 * `current` is the value in the plan file. When it changes under the field (undo, another
 * view) and the drafter has nothing pending, the saver takes it as saved, so typing the old
 * text again is saved again.
 */
export function useFieldSaver<T>(key: string, current: T, save: (value: T) => Promise<unknown>, delay = 600) {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- one saver per field (key): a new save callback each render must not drop pending text
  const saver = useMemo(() => debouncedSaver(save, delay, current), [key]);
  useEffect(() => {
    const off = registerFlush(saver.flush);
    return () => {
      off();
      void saver.flush();
    };
  }, [saver]);
  useEffect(() => {
    if (!saver.dirty) saver.reset(current);
  }, [saver, current]);
  return saver;
}
