// Ctrl+F: finds text in measures and titles, parts' goals and content, and the 起草说明.
// A result jumps to its node (or to its paragraph of the explanation).
import { useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../../core/api/channels/editor.ts';
import { levelName } from '../../../core/model/level-rules.ts';
import { planLevels } from '../outline/plan-levels.ts';
import { api } from '../api/bridge.ts';
import type { ShellContext } from '../shell/context.ts';

export function SearchPanel({ ctx }: { ctx: ShellContext }) {
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<{ query: string; hits: SearchHit[]; total: number } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    ctx.registerSearchFocus(() => {
      input.current?.focus();
      input.current?.select();
    });
  }, [ctx]);
  useEffect(() => input.current?.focus(), []);

  const run = async (q: string) => {
    if (!q.trim()) return setResult(null);
    try {
      const r = await api.call('search.run', { query: q });
      setResult({ query: q, ...r });
    } catch (e) {
      ctx.fail(e);
    }
  };

  // typing searches after a pause; the plan changing searches again
  useEffect(() => {
    const t = setTimeout(() => void run(query), 250);
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- searches again on typing or a plan change, not on each new run closure
  }, [query, ctx.version]);

  const open = (h: SearchHit) => (h.nodeId !== null ? ctx.jumpTo(h.nodeId) : ctx.showExplanation(h.blockIndex));

  return (
    <section className="search" aria-label="搜索">
      <input
        ref={input}
        type="search"
        aria-label="搜索计划"
        placeholder="搜索措施、目标、内容和起草说明（Ctrl+F）"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.nativeEvent.isComposing || e.keyCode === 229) return;
          if (e.key === 'Enter') {
            void run(query);
            e.preventDefault();
          }
          if (e.key === 'ArrowDown') {
            list.current?.querySelector<HTMLElement>('button')?.focus();
            e.preventDefault();
          }
        }}
      />
      {result && (
        <p className="search-summary" role="status">
          {result.total === 0
            ? `没有找到“${result.query}”。`
            : result.total > result.hits.length
              ? `找到 ${result.total} 处，显示前 ${result.hits.length} 处。`
              : `找到 ${result.total} 处。`}
        </p>
      )}
      <ol
        className="search-results"
        ref={list}
        aria-label="搜索结果"
        onKeyDown={(e) => {
          const items = [...(list.current?.querySelectorAll<HTMLElement>('button') ?? [])];
          const i = items.indexOf(document.activeElement as HTMLElement);
          if (e.key === 'ArrowDown') items[i + 1]?.focus();
          else if (e.key === 'ArrowUp') (i > 0 ? items[i - 1] : input.current)?.focus();
          else return;
          e.preventDefault();
        }}
      >
        {result?.hits.map((h, i) => (
          <li key={i}>
            <button type="button" className="search-hit" onClick={() => open(h)}>
              <span className="hit-where">
                {h.where}
                {h.kind && h.target === 'title' ? ` ${levelName(h.kind, planLevels(ctx))}` : ''}
              </span>
              <span className="hit-text">
                {h.before}
                <mark>{h.match}</mark>
                {h.after}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
