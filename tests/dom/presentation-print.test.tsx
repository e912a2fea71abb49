/**
 * The printed handout: Ctrl+P and the browser's own print menu.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PRINT_MAP_PICTURE } from '@/features/export/print';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { onStep, renderClassroom, resetClassroom } from './presentation-helpers';
import { mapInCharge } from '../support/render-app';
import { realCountries } from '../support/fixtures';

afterEach(resetClassroom);

describe('printing the handout', () => {
  it('prints the handout with a patterned map (Ctrl+P), leaving the reader’s display alone', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { store, map } = renderClassroom('/?lesson=paris-2025&step=1');
    await onStep(1);
    await mapInCharge(map);
    const address = window.location.href;
    await user.keyboard('{Control>}p{/Control}');
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    // Patterns for the paper only: the map was captured with them, the reader's own setting,
    // the map on screen and the address (and so the QR code) are untouched.
    // Patterned, and drawn for the page as vector SVG at its own size (names ≥ 8 pt: print.ts).
    expect(map.vector).toHaveBeenLastCalledWith(PRINT_MAP_PICTURE);
    expect(PRINT_MAP_PICTURE).toMatchObject({ patterns: true });
    expect(PRINT_MAP_PICTURE.labelSize * 0.75).toBeGreaterThanOrEqual(8);
    expect(store.getState().patterns).toBe(false);
    expect(map.setDisplay).not.toHaveBeenCalledWith(expect.objectContaining({ patterns: true }));
    expect(window.location.href).toBe(address);
    const handout = document.querySelector('.handout')!;
    expect(handout.querySelectorAll('tbody tr')).toHaveLength(realCountries.countries.length);
    expect(handout.querySelector('svg.qr-code')).not.toBeNull();
    expect(handout.querySelector('img.handout-map')!.getAttribute('src')).toMatch(
      /^data:image\/svg\+xml/,
    );
    expect(handout.querySelector('.handout-link')!.textContent).not.toMatch(/patterns/);
    act(() => void window.dispatchEvent(new Event('afterprint')));
    // Only in the page while printing.
    expect(document.querySelector('.handout')).toBeNull();
  });

  it('builds the handout in beforeprint when printing from the browser menu', async () => {
    const { map } = renderClassroom('/?country=FRA');
    await screen.findByRole('heading', { level: 2, name: /France/ });
    await mapInCharge(map);
    expect(document.querySelector('.handout')).toBeNull();
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(document.querySelectorAll('.handout tbody tr')).toHaveLength(
      realCountries.countries.length,
    );
    // The same vector map as the button's, drawn without waiting (the browser prints at once).
    expect(map.vectorNow).toHaveBeenLastCalledWith(PRINT_MAP_PICTURE);
    expect(document.querySelector('.handout img.handout-map')!.getAttribute('src')).toMatch(
      /^data:image\/svg\+xml/,
    );
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(document.querySelector('.handout')).toBeNull();
  });
});
