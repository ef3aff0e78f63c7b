import type { ComponentChildren, Ref } from 'preact';

type CardFrameProps = {
  /** Id of the element that names the dialog (the entity's name). */
  labelledBy: string;
  /** Id of the element that describes it (the summary), read after the name. */
  describedBy?: string;
  theme: 'light' | 'dark';
  pinned: boolean;
  onClose: () => void;
  frameRef?: Ref<HTMLDivElement>;
  children?: ComponentChildren;
};

/**
 * The floating card's shell: a non-modal dialog named by its heading, with a close button. The
 * page keeps working around it, so it is not `aria-modal`.
 */
export function CardFrame({
  labelledBy,
  describedBy,
  theme,
  pinned,
  onClose,
  frameRef,
  children,
}: CardFrameProps) {
  return (
    <div
      ref={frameRef}
      role="dialog"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      class={`sl-card sl-theme-${theme}${pinned ? ' sl-pinned' : ''}`}
      tabIndex={-1}
    >
      <button type="button" class="sl-close" aria-label="Close card" onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
      {children}
    </div>
  );
}
