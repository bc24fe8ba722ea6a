// The live map: follows /api/stream (server-sent events, read through fetch so the signed-in
// token can go along), tells the app what to redraw, and remembers in localStorage the last
// change the user has seen, so that on the next visit what came in meanwhile is marked new.
import { token } from './api.js';

const SEEN_KEY = 'sitrep.seen';
const RETRY_MS = 3000;

/** One server-sent events block ("id: 7\nevent: added\ndata: {...}") as {id, event, data}. */
export function parseBlock(block) {
  const frame = {};
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue; // a heartbeat
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'data') frame.data = frame.data === undefined ? value : frame.data + '\n' + value;
    else if (field === 'id' || field === 'event') frame[field] = value;
  }
  return frame;
}

/** Reads the stream and reconnects after a drop, resuming after the last id it had (Last-Event-ID). */
class StreamReader {
  constructor(onMessage) {
    this.onMessage = onMessage; // (event, data)
    this.lastId = null;
    this.controller = null;
    this.stopped = false;
  }

  async run(since) {
    this.lastId = since;
    while (!this.stopped) {
      try {
        await this.readOnce();
      } catch (e) {
        if (this.stopped) return;
      }
      await new Promise((resolve) => { setTimeout(resolve, RETRY_MS); });
    }
  }

  async readOnce() {
    const headers = { Accept: 'text/event-stream' };
    if (token()) headers.Authorization = 'Bearer ' + token();
    if (this.lastId !== null) headers['Last-Event-ID'] = String(this.lastId);
    this.controller = new AbortController();
    const response = await fetch('/api/stream', { headers, signal: this.controller.signal, cache: 'no-store' });
    if (!response.ok) throw new Error('the live stream answered ' + response.status);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value.replace(/\r\n?/g, '\n');
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const frame = parseBlock(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
        if (frame.id !== undefined) this.lastId = Number(frame.id);
        if (frame.event && frame.data !== undefined) this.onMessage(frame.event, JSON.parse(frame.data));
        end = buffer.indexOf('\n\n');
      }
    }
  }

  stop() {
    this.stopped = true;
    if (this.controller) this.controller.abort();
  }
}

/**
 * What is new since the user last looked: the events added after the last change the page had
 * received when they last left it, marked until they press the "N new" badge.
 */
export class Live {
  /**
   * @param handlers {changed(kinds), fresh()}: the map, list and time bar to redraw; the marks to redraw
   */
  constructor(handlers) {
    this.handlers = handlers;
    this.fresh = new Set();
    this.seq = null;
    this.badge = document.getElementById('live-new');
    this.badge.addEventListener('click', () => this.markSeen());
    this.reader = new StreamReader((event, data) => this.message(event, data));
    const seen = localStorage.getItem(SEEN_KEY);
    this.since = seen !== null && /^\d+$/.test(seen) ? Number(seen) : null;
    window.addEventListener('pagehide', () => this.remember());
    document.addEventListener('visibilitychange', () => { if (document.hidden) this.remember(); });
  }

  start() {
    this.reader.run(this.since);
  }

  isFresh(id) {
    return this.fresh.has(Number(id));
  }

  message(event, data) {
    this.seq = Math.max(this.seq || 0, data.seq);
    document.body.dataset.liveSeq = String(this.seq);
    if (event === 'ready') return;
    if (event === 'added') this.fresh.add(data.event_id);
    if (event === 'removed') this.fresh.delete(data.event_id);
    this.showBadge();
    this.handlers.changed(event === 'control' ? ['places', 'range'] : ['markers', 'list', 'days', 'range']);
  }

  showBadge() {
    this.badge.hidden = this.fresh.size === 0;
    this.badge.textContent = `${this.fresh.size} new`;
    this.badge.setAttribute('aria-label', `${this.fresh.size} new since you last looked: mark them seen`);
  }

  /** Everything shown so far counts as seen. */
  markSeen() {
    this.fresh.clear();
    this.remember();
    this.showBadge();
    this.handlers.fresh();
  }

  /** Leaving the page is looking: the next visit marks what comes after the last change received. */
  remember() {
    if (this.seq !== null) localStorage.setItem(SEEN_KEY, String(this.seq));
  }

  stop() {
    this.reader.stop();
  }
}

/**
 * The time bar's last day: the data's, or today while the data is live (its last event is at most
 * a day old), so that the slider's "today" moves on at midnight.
 */
export function liveRange(days, today = new Date().toISOString().slice(0, 10)) {
  if (!days.last || days.last >= today) return days;
  const age = (Date.parse(today) - Date.parse(days.last)) / 86400000;
  return age <= 1 ? { ...days, last: today } : days;
}
