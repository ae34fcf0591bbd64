// "选择文件…" and "未选择文件" in place of the browser's "Choose File / No file chosen": the
// real <input type="file"> stays hidden behind our button. Files can also be dropped on it.
import { useId, useRef, useState } from 'react';
import './controls.css';

export function FilePickButton(props: {
  label: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  /** what is chosen now, shown beside the button */
  chosen: string[];
  onFiles(files: File[]): void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const [over, setOver] = useState(false);
  const chosen = props.chosen.length === 0 ? '未选择文件' : props.chosen.length === 1 ? props.chosen[0] : `已选择 ${props.chosen.length} 个文件`;
  return (
    <div
      className={`file-pick${over ? ' over' : ''}`}
      onDragOver={(e) => {
        if (props.disabled) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (!props.disabled && e.dataTransfer.files.length) props.onFiles([...e.dataTransfer.files].slice(0, props.multiple ? undefined : 1));
      }}
    >
      {/* the label names the hidden input, so tests and screen readers find it as before */}
      <label htmlFor={id} className="file-pick-label">
        {props.label}
      </label>
      <input
        id={id}
        ref={input}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        accept={props.accept}
        multiple={props.multiple}
        disabled={props.disabled}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) props.onFiles(files);
        }}
      />
      <button type="button" disabled={props.disabled} onClick={() => input.current?.click()}>
        选择文件…
      </button>
      <span className="file-pick-chosen" data-testid="file-pick-chosen">
        {chosen}
      </span>
    </div>
  );
}
