// What the window shows when the UI itself fails, instead of a blank page: a render error takes
// the whole app down to this screen (typing already sent is saved; pending typing is written
// before the reload), and a failure nobody caught elsewhere (a promise nobody awaited, an event
// handler that threw) shows as a bar the drafter can close and keep working under.
import { Component, useEffect, useState, type ErrorInfo, type ReactNode } from 'react';
import { flushAll } from '../autosave.ts';
import './crash.css';

/** A message a person can read: core's errors are Chinese already; a bug's own text is not. */
export function readableError(e: unknown): { message: string; detail: string | null } {
  const text = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  if (/[\u4e00-\u9fff]/.test(text)) return { message: text, detail: null };
  return { message: '程序出现了意外错误。', detail: text || (e instanceof Error ? e.name : String(e)) };
}

/** Writes what is still pending, then reloads; a failed write must not keep the drafter stuck. */
function reloadWindow() {
  void flushAll()
    .catch(() => undefined)
    .finally(() => window.location.reload());
}

export class ErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('界面出错：', error, info.componentStack);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    const { message, detail } = readableError(this.state.error);
    return (
      <main className="crash" role="alert" data-testid="crash-screen">
        <h1>界面出错了</h1>
        <p>{message}</p>
        {detail && <p className="crash-detail">错误信息：{detail}</p>}
        <p>已经保存的内容都在计划文件里。请点“重新加载”恢复窗口；如果仍然出错，请重新打开起草助手，并把上面的错误信息告诉维护人员。</p>
        <div className="crash-actions">
          <button className="primary" onClick={reloadWindow}>
            重新加载
          </button>
          <button onClick={() => this.setState({ error: null })}>返回继续工作</button>
        </div>
      </main>
    );
  }
}

/** Failures no handler caught: shown one at a time, the latest first, until closed. */
export function UnhandledErrors() {
  const [shown, setShown] = useState<{ message: string; detail: string | null } | null>(null);
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => {
      event.preventDefault();
      console.error('未处理的错误：', event.reason);
      setShown(readableError(event.reason));
    };
    const onError = (event: ErrorEvent) => {
      // a resource that failed to load has no error object; only script errors are shown
      if (!event.error) return;
      setShown(readableError(event.error));
    };
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
    return () => {
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('error', onError);
    };
  }, []);
  if (!shown) return null;
  return (
    <div className="crash-bar" role="alert" data-testid="unhandled-error">
      <span>
        操作没有完成：{shown.message}
        {shown.detail && <span className="crash-detail">（{shown.detail}）</span>}
        可以关闭这条提示继续工作；如果窗口显示不正常，请重新加载。
      </span>
      <button onClick={reloadWindow}>重新加载</button>
      <button onClick={() => setShown(null)}>关闭</button>
    </div>
  );
}
