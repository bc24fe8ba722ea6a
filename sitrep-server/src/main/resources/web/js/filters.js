// The filter form: event type, side, actor, source, governorate, district, country and words; every change goes to the URL state.
import { getJson } from './api.js';
import { debounce, el, replace } from './dom.js';
import { FILTERS } from './state.js';

export class FilterForm {
  constructor(colours, onChange) {
    this.form = document.getElementById('filters');
    this.error = document.getElementById('filter-error');
    this.fields = Object.fromEntries(FILTERS.map((k) => [k, document.getElementById('f-' + k)]));
    replace(this.fields.type, el('option', { value: '' }, 'any'),
      colours.typeNames().map((t) => el('option', { value: t }, t)));
    const typed = debounce((key) => onChange({ [key]: this.fields[key].value.trim() }), 350);
    for (const [key, field] of Object.entries(this.fields)) {
      if (field.tagName === 'SELECT') {
        field.addEventListener('change', () => onChange({ [key]: field.value }));
      } else {
        field.addEventListener('input', () => typed(key));
        field.addEventListener('change', () => onChange({ [key]: field.value.trim() }));
      }
    }
    this.form.addEventListener('submit', (e) => e.preventDefault());
    this.form.addEventListener('reset', (e) => {
      e.preventDefault();
      onChange(Object.fromEntries(FILTERS.map((k) => [k, ''])));
    });
  }

  /** Fills the side list and the name suggestions from what the store holds. */
  async loadChoices(colours) {
    const actors = await getJson('/api/actors');
    const sides = actors.sides.filter((s) => s.events > 0).map((s) => s.side);
    replace(this.fields.side, el('option', { value: '' }, 'any'),
      sides.map((s) => el('option', { value: s }, colours.sideLabel(s))));
    replace(document.getElementById('actor-names'),
      actors.actors.slice(0, 500).map((a) => el('option', { value: a.name })));
    const reports = await getJson('/api/reports', { size: 500 });
    const sources = new Set();
    reports.items.forEach((r) => [r.narrator, r.outlet, r.source].forEach((s) => { if (s) sources.add(s); }));
    replace(document.getElementById('source-names'), [...sources].sort().map((s) => el('option', { value: s })));
    return sides;
  }

  /**
   * Puts the API's refusal of a filter ("'side' is not a side events have: ... (known: ...)") on the
   * field it names, so the field says why the map is empty; false when no field is named.
   */
  showRefusal(message) {
    const m = /^'([a-z0-9_]+)'/.exec(message || '');
    const field = m && this.fields[m[1]];
    if (!field) return false;
    this.clearRefusals();
    field.setCustomValidity(message);
    field.setAttribute('aria-invalid', 'true');
    field.title = message;
    field.classList.add('refused');
    this.error.textContent = message; // seen next to the filters, not only in the status line
    return true;
  }

  clearRefusals() {
    this.error.textContent = '';
    for (const field of Object.values(this.fields)) {
      if (!field.classList.contains('refused')) continue;
      field.setCustomValidity('');
      field.removeAttribute('aria-invalid');
      field.removeAttribute('title');
      field.classList.remove('refused');
    }
  }

  show(state) {
    for (const [key, field] of Object.entries(this.fields)) {
      if (field.tagName === 'SELECT' && state[key] && ![...field.options].some((o) => o.value === state[key])) {
        field.appendChild(el('option', { value: state[key] }, state[key])); // a shared link's value not listed here
      }
      if (document.activeElement !== field) field.value = state[key];
    }
  }
}
