// 完成时限: free text in a recognisable form ("2024年底前", "长期坚持", a date). A form the
// checker does not know is not saved; the hint says how to write it.
import { useEffect, useId, useState } from 'react';
import { checkDeadline } from '../../../core/api/channels/editor.ts';

export function DeadlineField(p: { value: string; year: number | null; onSave(v: string): void }) {
  const [text, setText] = useState(p.value);
  const id = useId();
  useEffect(() => setText(p.value), [p.value]);
  const problem = checkDeadline(text);
  const y = p.year ?? new Date().getFullYear();
  const suggestions = [`${y}年底前`, `${y}年6月底前`, `${y}年9月底前`, `${y}年10月底前`, '长期坚持', '持续推进'];
  const save = () => {
    const clean = text.trim();
    if (clean !== p.value && !checkDeadline(clean)) p.onSave(clean);
  };
  return (
    <div className="field deadline-field">
      <label className="field-label" htmlFor={id}>
        完成时限
      </label>
      <input
        id={id}
        value={text}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-hint` : undefined}
        placeholder={`如：${y}年底前`}
        onChange={(e) => setText(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.nativeEvent.isComposing || e.keyCode === 229) return;
          if (e.key === 'Enter') save();
          if (e.key === 'Escape') setText(p.value);
        }}
      />
      <div className="quick-picks" aria-label="常用完成时限">
        {suggestions.map((s) => (
          <button
            key={s}
            type="button"
            className={`pick${s === p.value ? ' current' : ''}`}
            onClick={() => {
              setText(s);
              if (s !== p.value) p.onSave(s);
            }}
          >
            {s}
          </button>
        ))}
      </div>
      {problem && (
        <span className="field-error" id={`${id}-hint`} role="alert">
          {problem}（未保存）
        </span>
      )}
    </div>
  );
}
