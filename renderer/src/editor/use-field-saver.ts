// One autosaved field: a debounced saver that is flushed when the field is left, before undo
// and when the editor goes away (another node selected).
import { useEffect, useMemo } from 'react';
import { debouncedSaver, registerFlush } from '../shell/autosave.ts';

export function useFieldSaver<T>(key: string, initial: T, save: (value: T) => Promise<unknown>, delay = 600) {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const saver = useMemo(() => debouncedSaver(save, delay, initial), [key]);
  useEffect(() => {
    const off = registerFlush(saver.flush);
    return () => {
      off();
      void saver.flush();
    };
  }, [saver]);
  return saver;
}
