// A date field of our own, in Chinese: type "2024年2月20日" or "2024-02-20", or pick from a small
// calendar. (The browser's <input type="date"> shows "mm/dd/yyyy" whatever the page's language.)
import { useEffect, useId, useRef, useState } from 'react';
import { todayIso } from '../../../../core/model/consultation.ts';
import { isoOf, monthGrid, parseChineseDate, showChineseDate } from './chinese-date.ts';
import './controls.css';

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

export function DateField(props: { label: string; value: string; onChange(iso: string): void; placeholder?: string }) {
  const [text, setText] = useState(showChineseDate(props.value));
  const [invalid, setInvalid] = useState(false);
  const [open, setOpen] = useState(false);
  const id = useId();
  const wrap = useRef<HTMLDivElement>(null);
  useEffect(() => {
    setText(showChineseDate(props.value));
    setInvalid(false);
  }, [props.value]);
  // a click anywhere else closes the calendar
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => !wrap.current?.contains(e.target as Node) && setOpen(false);
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const commit = () => {
    const iso = parseChineseDate(text);
    if (iso === null) return setInvalid(true);
    setInvalid(false);
    if (iso !== props.value) props.onChange(iso);
    else setText(showChineseDate(iso));
  };
  const pick = (iso: string) => {
    setOpen(false);
    setInvalid(false);
    props.onChange(iso);
  };

  return (
    <div className="date-field" ref={wrap}>
      <label htmlFor={id}>{props.label}</label>
      <div className="date-input">
        <input
          id={id}
          value={text}
          placeholder={props.placeholder ?? '如 2024年2月20日'}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${id}-err` : undefined}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commit();
            } else if (e.key === 'Escape' && open) {
              e.stopPropagation();
              setOpen(false);
            }
          }}
        />
        <button type="button" className="date-open" aria-label={`${props.label}：打开日历`} aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {/* drawn, not an emoji: the machines may have no colour-emoji font */}
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <rect x="1.5" y="2.5" width="13" height="12" rx="1.5" fill="none" stroke="currentColor" />
            <path d="M1.5 6h13M5 1v3M11 1v3" stroke="currentColor" />
            <rect x="4" y="8.5" width="2" height="2" fill="currentColor" />
          </svg>
        </button>
      </div>
      {invalid && (
        <span id={`${id}-err`} className="field-error" role="alert">
          日期无法识别，请写成如“2024年2月20日”或“2024-02-20”。
        </span>
      )}
      {open && <Calendar label={props.label} value={parseChineseDate(text) || props.value} onPick={pick} onClose={() => setOpen(false)} />}
    </div>
  );
}

function Calendar(props: { label: string; value: string; onPick(iso: string): void; onClose(): void }) {
  const start = props.value || todayIso();
  const [y0, m0] = start.split('-').map(Number);
  const [ym, setYm] = useState({ y: y0, m: m0 });
  const shift = (delta: number) => setYm(({ y, m }) => ({ y: y + Math.floor((m - 1 + delta) / 12), m: ((((m - 1 + delta) % 12) + 12) % 12) + 1 }));
  const today = todayIso();
  return (
    <div className="calendar" role="dialog" aria-label={`${props.label}：日历`} onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), props.onClose())}>
      <div className="calendar-head">
        <button type="button" aria-label="上一月" onClick={() => shift(-1)}>
          ‹
        </button>
        <strong aria-live="polite">
          {ym.y}年{ym.m}月
        </strong>
        <button type="button" aria-label="下一月" onClick={() => shift(1)}>
          ›
        </button>
      </div>
      <div className="calendar-grid" role="grid">
        {WEEKDAYS.map((w) => (
          <span key={w} className="calendar-weekday" aria-hidden="true">
            {w}
          </span>
        ))}
        {monthGrid(ym.y, ym.m).map((d, i) => {
          if (d === null) return <span key={`b${i}`} />;
          const iso = isoOf(ym.y, ym.m, d);
          return (
            <button
              key={iso}
              type="button"
              role="gridcell"
              aria-label={showChineseDate(iso)}
              aria-selected={iso === props.value}
              className={iso === today ? 'today' : ''}
              onClick={() => props.onPick(iso)}
            >
              {d}
            </button>
          );
        })}
      </div>
      <div className="calendar-foot">
        <button type="button" className="link" onClick={() => props.onPick(today)}>
          今天
        </button>
        <button type="button" className="link" onClick={() => props.onPick('')}>
          清除
        </button>
      </div>
    </div>
  );
}
