import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { ModalDialog } from '../../src/ui/components/ModalDialog.tsx';

afterEach(() => cleanup());

function Harness({ onSubmit, onEscape }: { onSubmit?: () => void; onEscape?: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open && (
        <ModalDialog
          labelledBy="t"
          onEscape={() => {
            onEscape?.();
            setOpen(false);
          }}
          {...(onSubmit ? { onSubmit } : {})}
        >
          <h2 id="t">Title</h2>
          <input aria-label="Name" />
          <button type="button" disabled>
            Disabled
          </button>
          <button type="submit">Save</button>
        </ModalDialog>
      )}
    </>
  );
}

describe('ModalDialog', () => {
  it('is a labelled modal dialog that keeps Tab and Shift+Tab inside', () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = screen.getByRole('dialog', { name: 'Title' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const name = screen.getByRole('textbox', { name: 'Name' });
    const save = screen.getByRole('button', { name: 'Save' });
    save.focus();
    expect(fireEvent.keyDown(save, { key: 'Tab' })).toBe(false);
    expect(document.activeElement).toBe(name);
    expect(fireEvent.keyDown(name, { key: 'Tab', shiftKey: true })).toBe(false);
    expect(document.activeElement).toBe(save);
    // Inside the cycle, Tab is left to the browser.
    name.focus();
    expect(fireEvent.keyDown(name, { key: 'Tab' })).toBe(true);
  });

  it('calls onEscape on Escape and gives focus back to what had it', () => {
    const onEscape = vi.fn();
    render(<Harness onEscape={onEscape} />);
    const opener = screen.getByRole('button', { name: 'Open' });
    opener.focus();
    fireEvent.click(opener);
    screen.getByRole('textbox', { name: 'Name' }).focus();
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Name' }), { key: 'Escape' });
    expect(onEscape).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('is a form when given onSubmit, and the page is never submitted', () => {
    const onSubmit = vi.fn();
    render(<Harness onSubmit={onSubmit} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = screen.getByRole('dialog');
    expect(dialog.tagName).toBe('FORM');
    const submitted = fireEvent.submit(dialog);
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(submitted).toBe(false);
  });
});
