// The browser host's folder picker (a web page cannot show the system's): walk the folders,
// make a new one, choose. Sits above any dialog it is opened from; Escape closes only itself.
import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { FolderListing } from '../../../../core/api/contract.ts';
import { api } from '../../api/bridge.ts';
import './controls.css';
import { useEscape } from './use-escape.ts';

export function FolderPicker(props: { title: string; start: string; onChoose(path: string): void; onCancel(): void }) {
  const [listing, setListing] = useState<FolderListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [newName, setNewName] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  useEscape(() => (newName !== null ? setNewName(null) : props.onCancel()));

  const go = useCallback(async (path?: string) => {
    try {
      setListing(await api.call('folders.list', path ? { path } : {}));
      setError(null);
    } catch (e) {
      setError((e as Error).message);
      // a typed path that does not exist: start from the plan's folder instead
      if (path) setListing((l) => l ?? null);
    }
  }, []);

  useEffect(() => {
    void go(props.start.trim() || undefined).then(() => box.current?.focus());
    // eslint-disable-next-line react-hooks/exhaustive-deps -- lists the starting folder once, when the picker opens
  }, []);
  useEffect(() => {
    if (error && !listing) void api.call('folders.list', {}).then(setListing, () => undefined);
  }, [error, listing]);

  const create = async () => {
    if (!listing || newName === null) return;
    try {
      const made = await api.call('folders.create', { parent: listing.path, name: newName });
      setNewName(null);
      await go(made.path);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  // on <body>: above any dialog it was opened from, and outside any form around it
  return createPortal(
    <div className="modal-backdrop folder-picker-backdrop">
      <div ref={box} tabIndex={-1} className="modal folder-picker" role="dialog" aria-modal="true" aria-label={props.title}>
        <h2>{props.title}</h2>
        {listing && (
          <>
            <div className="fp-places" role="group" aria-label="常用位置">
              {listing.places.map((p) => (
                <button key={p.path + p.label} type="button" onClick={() => void go(p.path)}>
                  {p.label}
                </button>
              ))}
            </div>
            <div className="fp-where">
              <button type="button" disabled={!listing.parent} onClick={() => listing.parent && void go(listing.parent)} aria-label="上一级文件夹">
                ↑ 上一级
              </button>
              <code data-testid="folder-picker-path" title={listing.path}>
                {listing.path}
              </code>
            </div>
            <ul className="fp-list" aria-label="文件夹">
              {listing.folders.length === 0 && <li className="hint">（此文件夹中没有子文件夹）</li>}
              {listing.folders.map((f) => (
                <li key={f}>
                  <button type="button" onClick={() => void go(`${listing.path.replace(/[\\/]$/, '')}${listing.path.includes('\\') ? '\\' : '/'}${f}`)}>
                    <svg width="16" height="14" viewBox="0 0 16 14" aria-hidden="true" className="fp-icon">
                      <path
                        d="M1 2.5A1.5 1.5 0 0 1 2.5 1h3.6l1.6 1.8h5.8A1.5 1.5 0 0 1 15 4.3v7.2a1.5 1.5 0 0 1-1.5 1.5h-11A1.5 1.5 0 0 1 1 11.5z"
                        fill="#f2c14e"
                        stroke="#c99a2e"
                      />
                    </svg>
                    {f}
                  </button>
                </li>
              ))}
            </ul>
            {newName !== null ? (
              // not a <form>: the picker is opened from inside other forms (发出征求意见), and a
              // submit would travel up to them through React's tree
              <div className="fp-new">
                <label>
                  <span>新文件夹名称</span>
                  <input
                    autoFocus
                    value={newName}
                    onChange={(e) => setNewName(e.target.value)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') {
                        e.preventDefault();
                        void create();
                      }
                    }}
                  />
                </label>
                <button type="button" className="primary" disabled={!newName.trim()} onClick={() => void create()}>
                  新建
                </button>
                <button type="button" onClick={() => setNewName(null)}>
                  取消
                </button>
              </div>
            ) : null}
          </>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" disabled={!listing || newName !== null} onClick={() => setNewName('新建文件夹')} style={{ marginRight: 'auto' }}>
            新建文件夹…
          </button>
          <button type="button" onClick={props.onCancel}>
            取消
          </button>
          <button type="button" className="primary" disabled={!listing} onClick={() => listing && props.onChoose(listing.path)}>
            选择此文件夹
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
