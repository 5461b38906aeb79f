/**
 * Keeps the speaker's countdown on the page current: every clock element (`data-clock`) is redrawn from the floor and
 * the browser's clock when its words change, and the moments worth hearing (the floor given, a pause, the last
 * minute, the time up, each minute beyond it) are put in a polite live region, never every second.
 */
import type { FloorView } from '../../src/app/session-view';
import { announcementOf, floorClock, milestoneOf } from './floor-clock';
import type { Lang } from './i18n';
import { clockClass, clockInnerHtml } from './render-debate';

export class ClockTicker {
  private milestone: string | null = null;

  constructor(private readonly root: ParentNode, private readonly announcer: HTMLElement, private readonly lang: Lang) {}

  /** Call after each render and often (a few times a second): the page changes only when the words do. */
  tick(floor: FloorView | null, now: number): void {
    if (!floor) {
      this.milestone = null;
      return;
    }
    const cls = clockClass(floor, now);
    const html = clockInnerHtml(floor, now, this.lang);
    for (const el of this.root.querySelectorAll<HTMLElement>('[data-clock]')) {
      if (el.className !== cls) el.className = cls;
      if (el.innerHTML !== html) el.innerHTML = html;
    }
    const clock = floorClock(floor, now, this.lang);
    const said = announcementOf(floor, clock, this.milestone, this.lang);
    this.milestone = milestoneOf(floor, clock);
    if (said) this.announcer.textContent = said;
  }
}
