// The time bar: a slider over the days the data covers (with the events per day drawn above it),
// a date field, the window of days whose events show, and play/pause to replay the days.
import { addDays, daysBetween } from './state.js';

const PLAY_STEP_MS = 700;

/** The day a YYYY-MM-DD text names, or null when it is not one (2018-02-30 is not). */
export function isoDay(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const d = new Date(text + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text ? text : null;
}

export class TimeBar {
  constructor(onChange) {
    this.onChange = onChange; // ({date, window}, immediate)
    this.slider = document.getElementById('slider');
    this.dateField = document.getElementById('date');
    this.windowField = document.getElementById('window');
    this.playButton = document.getElementById('play');
    this.canvas = document.getElementById('histogram');
    this.first = null;
    this.last = null;
    this.counts = [];
    this.timer = null;
    this.slider.addEventListener('input', () => this.pick(addDays(this.first, Number(this.slider.value)), false));
    // the date is typed as YYYY-MM-DD whatever the browser's locale; a day outside the data is
    // taken as the nearest day it covers, anything else is refused on the field
    this.dateField.addEventListener('change', () => {
      const day = isoDay(this.dateField.value.trim());
      this.dateField.setAttribute('aria-invalid', String(!day));
      this.dateField.title = day ? '' : 'Write the day as YYYY-MM-DD, e.g. 2018-02-11';
      if (!day) return;
      const clamped = this.first && day < this.first ? this.first : this.last && day > this.last ? this.last : day;
      this.pick(clamped, true);
    });
    this.windowField.addEventListener('change', () => this.onChange({ window: this.windowField.value }, true));
    // a range's first day, typed as the date is; its last day is the date shown
    this.fromField = document.getElementById('from');
    this.fromField.addEventListener('change', () => {
      const text = this.fromField.value.trim();
      const day = text === '' ? '' : isoDay(text);
      this.fromField.setAttribute('aria-invalid', String(day === null));
      this.fromField.title = day === null ? 'Write the day as YYYY-MM-DD, e.g. 2018-01-15' : '';
      if (day !== null) this.onChange({ from: day }, true);
    });
    this.playButton.addEventListener('click', () => (this.timer ? this.pause() : this.play()));
    window.addEventListener('resize', () => this.draw());
  }

  /** The days the slider spans: {first, last} of /api/event-days. */
  setRange(days) {
    this.first = days.first;
    this.last = days.last;
    const enabled = !!this.first;
    [this.slider, this.dateField, this.playButton].forEach((n) => { n.disabled = !enabled; });
    if (!enabled) return;
    this.slider.max = String(daysBetween(this.first, this.last));
    this.dateField.placeholder = this.last;
  }

  /** The events per day to draw above the slider (the filters' days, within the range). */
  setCounts(days) {
    this.counts = days.days || [];
    this.draw();
  }

  /** Shows a state's date ('' is the last day), window and a range's first day. */
  show(date, window, from = '') {
    this.windowField.value = window;
    this.fromField.hidden = window !== 'from';
    if (document.activeElement !== this.fromField) this.fromField.value = from;
    if (!this.first) return;
    const shown = date || this.last;
    this.dateField.value = shown;
    this.slider.value = String(Math.max(0, Math.min(Number(this.slider.max), daysBetween(this.first, shown))));
  }

  pick(date, immediate) {
    this.dateField.value = date;
    this.dateField.removeAttribute('aria-invalid');
    this.onChange({ date }, immediate);
  }

  play() {
    if (!this.first) return;
    let day = Number(this.slider.value);
    const end = Number(this.slider.max);
    if (day >= end) day = 0;
    const step = Math.max(1, Math.round(end / 150));
    this.playButton.textContent = '⏸';
    this.playButton.title = 'Pause';
    this.pick(addDays(this.first, day), true);
    this.slider.value = String(day);
    this.timer = setInterval(() => {
      day = Math.min(end, day + step);
      this.slider.value = String(day);
      this.pick(addDays(this.first, day), true);
      if (day >= end) this.pause();
    }, PLAY_STEP_MS);
  }

  pause() {
    clearInterval(this.timer);
    this.timer = null;
    this.playButton.textContent = '▶';
    this.playButton.title = 'Play: replay the days';
  }

  draw() {
    const canvas = this.canvas;
    const width = canvas.clientWidth;
    canvas.width = width;
    const ctx = canvas.getContext('2d');
    ctx.clearRect(0, 0, width, canvas.height);
    if (!this.first || this.counts.length === 0) return;
    const span = Math.max(1, daysBetween(this.first, this.last));
    const max = Math.max(...this.counts.map((d) => d.events));
    // a range thumb is about 16 px wide: its centre runs from 8 px to width - 8 px
    const x = (date) => 8 + (daysBetween(this.first, date) / span) * (width - 16);
    const barWidth = Math.max(1, (width - 16) / (span + 1));
    ctx.fillStyle = '#8aa4bd';
    for (const d of this.counts) {
      if (d.date < this.first || d.date > this.last) continue;
      const h = Math.max(1, Math.round((Math.log1p(d.events) / Math.log1p(max)) * (canvas.height - 2)));
      ctx.fillRect(x(d.date) - barWidth / 2, canvas.height - h, barWidth, h);
    }
  }
}
