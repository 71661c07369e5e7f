import { useEffect, useRef, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * The frame every modal of the app shares: a backdrop, an element with
 * role="dialog", aria-modal and its labels, Escape to cancel, and the
 * keyboard kept inside (Tab and Shift+Tab wrap around; focus goes back
 * where it was when the dialog closes). Each dialog still focuses its own
 * first control. With `onSubmit` the frame is a form, so Enter submits.
 */
export function ModalDialog({
  className,
  labelledBy,
  describedBy,
  onEscape,
  onSubmit,
  children,
}: {
  /** Classes added to `dialog` (e.g. `dialog--wide`). */
  className?: string;
  labelledBy: string;
  describedBy?: string;
  /** Called on Escape; leave out while the dialog must stay (a write in progress). */
  onEscape?: () => void;
  /** Makes the frame a form; the browser's own submission is prevented. */
  onSubmit?: () => void;
  children: ReactNode;
}) {
  const frame = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const before = document.activeElement;
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      onEscape?.();
      return;
    }
    if (event.key !== 'Tab' || !frame.current) return;
    const focusable = [...frame.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (focusable.length === 0) return;
    const first = focusable[0]!;
    const last = focusable[focusable.length - 1]!;
    if (event.shiftKey && (document.activeElement === first || !frame.current.contains(document.activeElement))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };
  const common = {
    className: className ? `dialog ${className}` : 'dialog',
    role: 'dialog',
    'aria-modal': true,
    'aria-labelledby': labelledBy,
    'aria-describedby': describedBy,
    onKeyDown,
  } as const;
  return (
    <div className="dialog-backdrop">
      {onSubmit ? (
        <form
          {...common}
          ref={(element) => {
            frame.current = element;
          }}
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            onSubmit();
          }}
        >
          {children}
        </form>
      ) : (
        <div
          {...common}
          ref={(element) => {
            frame.current = element;
          }}
        >
          {children}
        </div>
      )}
    </div>
  );
}
