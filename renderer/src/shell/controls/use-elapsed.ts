// Seconds since a long step (writing a set of files) began, shown beside its button so the
// drafter sees it is still working; back to 0 when it ends.
import { useEffect, useState } from 'react';

export function useElapsed(running: boolean): number {
  const [s, setS] = useState(0);
  useEffect(() => {
    if (!running) return setS(0);
    const t0 = Date.now();
    const id = setInterval(() => setS(Math.floor((Date.now() - t0) / 1000)), 250);
    return () => clearInterval(id);
  }, [running]);
  return s;
}
