/**
 * F8 and Shift+F8 step to the next and previous problem in list order, from anywhere on the page,
 * as in code editors. A key another control has already handled (an editor's own F8) is left alone.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { stepProblem, type Problem } from '../../domain/topology';

export function useProblemKeys(order: readonly Problem[], selected: number | null, onChoose: (problem: Problem) => void): void {
  const latest = useRef({ order, selected, onChoose });
  useLayoutEffect(() => {
    latest.current = { order, selected, onChoose };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F8' || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const { order: list, selected: at, onChoose: choose } = latest.current;
      const next = stepProblem(list, at, event.shiftKey ? -1 : 1);
      if (next === null) return;
      event.preventDefault();
      choose(next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
