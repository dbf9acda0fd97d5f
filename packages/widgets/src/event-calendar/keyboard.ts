/**
 * Keyboard model of the month grid, after the WAI-ARIA APG grid and date-picker patterns: the
 * grid is one tab stop and the arrow, Home/End and Page keys move a roving focus between days,
 * crossing into neighbouring months as needed.
 */
import { addMonths, type DayNumber, type Weekday } from './dates.js';
import { startOfWeek } from './grid.js';

/** The parts of a `KeyboardEvent` the model reads. */
export interface GridKey {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/**
 * The day focus moves to from `day` on `key`, or undefined when the key is not a grid
 * navigation key (the element then lets it through).
 *
 * - ←/→: previous/next day; ↑/↓: same weekday of the previous/next week
 * - Home/End: first/last day of the week (per `weekStart`)
 * - PageUp/PageDown: same day of the previous/next month (clamped: 31 March → 30 April)
 * - Shift+PageUp/PageDown: same day of the previous/next year (29 February → 28 February)
 */
export function moveFocus(day: DayNumber, key: GridKey, weekStart: Weekday): DayNumber | undefined {
  if (key.altKey || key.ctrlKey || key.metaKey) return undefined;
  switch (key.key) {
    case 'ArrowLeft':
      return day - 1;
    case 'ArrowRight':
      return day + 1;
    case 'ArrowUp':
      return day - 7;
    case 'ArrowDown':
      return day + 7;
    case 'Home':
      return startOfWeek(day, weekStart);
    case 'End':
      return startOfWeek(day, weekStart) + 6;
    case 'PageUp':
      return addMonths(day, key.shiftKey ? -12 : -1);
    case 'PageDown':
      return addMonths(day, key.shiftKey ? 12 : 1);
    default:
      return undefined;
  }
}

/** Whether `key` opens the focused day's events (Enter or Space, as on a grid cell). */
export function isActivation(key: GridKey): boolean {
  return !key.altKey && !key.ctrlKey && !key.metaKey && (key.key === 'Enter' || key.key === ' ');
}
