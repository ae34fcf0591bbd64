// A yes/no question before something the drafter may regret (undo can still bring it back).
export function ConfirmDialog(props: { message: string; confirm: string; onConfirm(): void; onClose(): void }) {
  return (
    <div className="modal-backdrop">
      <div className="modal" role="alertdialog" aria-modal="true" aria-label="请确认" onKeyDown={(e) => e.key === 'Escape' && props.onClose()}>
        <p>{props.message}</p>
        <div className="modal-actions">
          <button autoFocus onClick={props.onClose}>
            取消
          </button>
          <button className="danger" onClick={props.onConfirm}>
            {props.confirm}
          </button>
        </div>
      </div>
    </div>
  );
}
