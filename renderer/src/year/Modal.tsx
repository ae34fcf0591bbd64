// A dialog over the window for the year's actions, on <body> (the panels and views are layout
// containers that would clip a fixed overlay), closed by Escape unless it is busy.
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useEscape } from '../shell/controls/use-escape.ts';
import './year.css';

export function Modal(props: { title: string; wide?: boolean; busy?: boolean; onClose(): void; children: ReactNode }) {
  useEscape(() => !props.busy && props.onClose());
  return createPortal(
    <div className="modal-backdrop">
      <div className={`modal year-modal${props.wide ? ' wide' : ''}`} role="dialog" aria-modal="true" aria-label={props.title}>
        <h2>{props.title}</h2>
        {props.children}
      </div>
    </div>,
    document.body,
  );
}

/** An error beside the button that caused it, read out at once. */
export function ErrorLine({ text }: { text: string | null }) {
  return text ? (
    <p className="year-error" role="alert">
      {text}
    </p>
  ) : null;
}
