/**
 * <fs-handout>: builds a printable handout from the facts named in the address (?facts=a,b,c).
 * Each fact is read from its embed page (the same figure, grade, year, sources and correction
 * that other sites embed); old ids follow the permalink registry; ids that lead nowhere are
 * listed on the page, never dropped in silence. The picker below writes the address.
 */
import QRCode from 'qrcode';
import { resolveFacts, type HandoutIds as Ids } from '../../lib/handout.ts';

class FsHandout extends HTMLElement {
  connectedCallback() {
    const ids = JSON.parse(this.querySelector('script[type="application/json"]')?.textContent ?? '{}') as Ids;
    const form = this.querySelector('form')!;
    const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    const { found, unknown } = resolveFacts(new URLSearchParams(location.search).get('facts'), ids);
    for (const box of boxes) box.checked = found.includes(box.value);
    this.#count();
    form.addEventListener('change', () => this.#count());
    // The address holds the selection as one list, in the order the facts stand on the page.
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = boxes.filter((b) => b.checked).map((b) => b.value);
      location.search = chosen.length ? `?facts=${chosen.join(',')}` : '';
    });
    const filter = form.querySelector<HTMLInputElement>('input[type="search"]');
    filter?.addEventListener('input', () => {
      const words = filter.value.toLowerCase();
      for (const box of boxes)
        box.closest('label')!.hidden = !box.closest('label')!.textContent!.toLowerCase().includes(words);
    });
    this.querySelector('button.print')?.addEventListener('click', () => print());
    if (found.length > 0 || unknown.length > 0) void this.#show(found, unknown, ids);
  }

  #count() {
    const n = this.querySelectorAll('form input[type="checkbox"]:checked').length;
    const status = this.querySelector('.count');
    if (status) status.textContent = (this.dataset['count'] ?? '{n}').replace('{n}', String(n));
  }

  async #show(found: string[], unknown: string[], ids: Ids) {
    const handout = this.querySelector<HTMLElement>('.handout')!;
    handout.hidden = false;
    this.querySelector('.address')!.textContent = location.href;
    const list = this.querySelector('.facts')!;
    const missing = [...unknown];
    const items = await Promise.all(
      found.map(async (id) => {
        const response = await fetch(ids.embed.replace('{id}', id)).catch(() => undefined);
        if (!response?.ok) return undefined;
        const page = new DOMParser().parseFromString(await response.text(), 'text/html');
        const fact = page.querySelector('.embed-fact');
        if (!fact) return undefined;
        // The handout prints the help lines once, and is itself the way back to the site.
        fact.querySelectorAll('.kicker, .back, .help-lines').forEach((el) => el.remove());
        // Anchors of one fact's sources must not collide with another's on the same page.
        fact.querySelectorAll('[id]').forEach((el) => (el.id = `${id}-${el.id}`));
        fact.querySelectorAll<HTMLAnchorElement>('a[href^="#"]').forEach((a) => (a.hash = `${id}-${a.hash.slice(1)}`));
        fact.querySelectorAll('a[target]').forEach((a) => a.removeAttribute('target'));
        const item = document.createElement('li');
        item.dataset['fact'] = id;
        item.append(...fact.childNodes);
        return item;
      }),
    );
    items.forEach((item, i) => (item ? list.append(item) : missing.push(found[i]!)));
    if (missing.length > 0) {
      const note = this.querySelector<HTMLElement>('.unknown')!;
      note.textContent = `${this.dataset['unknown'] ?? ''} ${missing.join(', ')}`;
      note.hidden = false;
    }
    this.querySelector('.qr')!.innerHTML = await QRCode.toString(location.href, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 2,
    });
    this.dataset['state'] = 'ready';
  }
}

if (!customElements.get('fs-handout')) customElements.define('fs-handout', FsHandout);
