// 牵头单位 / 配合单位: chosen units as chips, and a combobox that suggests units from the plan's
// list as you type (start of name first). A name not in the list can be added there and then.
import { useId, useMemo, useState } from 'react';
import type { Unit } from '../../../core/model/plan.ts';

const MAX_OPTIONS = 12;

interface Option {
  name: string;
  isNew: boolean;
}

export function UnitPicker(p: { label: string; value: string[]; exclude: string[]; units: Unit[]; onChange(v: string[]): void }) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();

  const options: Option[] = useMemo(() => {
    const q = query.trim();
    const taken = new Set([...p.value, ...p.exclude]);
    const free = p.units.filter((u) => !taken.has(u.name));
    const matching = q ? free.filter((u) => u.name.includes(q)).sort((a, b) => Number(!a.name.startsWith(q)) - Number(!b.name.startsWith(q))) : free;
    const list: Option[] = matching.slice(0, MAX_OPTIONS).map((u) => ({ name: u.name, isNew: false }));
    if (q && !p.units.some((u) => u.name === q) && !taken.has(q)) list.push({ name: q, isNew: true });
    return list;
  }, [query, p.units, p.value, p.exclude]);

  const choose = (o: Option | undefined) => {
    if (!o) return;
    p.onChange([...p.value, o.name]);
    setQuery('');
    setActive(0);
    setOpen(false); // typing again (or ↓) opens the list again
  };

  return (
    <div className="field unit-picker">
      <span className="field-label" id={`${id}-label`}>
        {p.label}
      </span>
      <div className="unit-box">
        <ul className="chips" aria-label={`已选${p.label}`}>
          {p.value.map((u) => (
            <li key={u} className="chip">
              {u}
              <button type="button" className="chip-remove" aria-label={`移除${p.label}${u}`} onClick={() => p.onChange(p.value.filter((x) => x !== u))}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <input
          role="combobox"
          aria-label={p.label}
          aria-expanded={open && options.length > 0}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={open && options[active] ? `${id}-opt-${active}` : undefined}
          value={query}
          placeholder={p.value.length ? '再添加…' : '输入单位名称选择'}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={(e) => {
            if (e.nativeEvent.isComposing || e.keyCode === 229) return;
            if (e.key === 'ArrowDown' && !open) setOpen(true);
            else if (e.key === 'ArrowDown') setActive((a) => Math.min(options.length - 1, a + 1));
            else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
            else if (e.key === 'Enter' && open && options.length) choose(options[active]);
            else if (e.key === 'Escape') setOpen(false);
            else if (e.key === 'Backspace' && !query && p.value.length) p.onChange(p.value.slice(0, -1));
            else return;
            e.preventDefault();
          }}
        />
      </div>
      {open && options.length > 0 && (
        <ul className="listbox" role="listbox" id={`${id}-list`} aria-labelledby={`${id}-label`}>
          {options.map((o, i) => (
            <li
              key={o.name + o.isNew}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              className={o.isNew ? 'new-unit' : ''}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(o)}
            >
              {o.isNew ? `添加新单位“${o.name}”` : o.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
