/** <fs-quick-exit>: leave at once, without leaving this page in the history (Back will not return). */
const ESCAPE_WINDOW_MS = 1000;

class FsQuickExit extends HTMLElement {
  #lastEscape = 0;
  #onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    const now = Date.now();
    if (now - this.#lastEscape < ESCAPE_WINDOW_MS) this.leave();
    this.#lastEscape = now;
  };

  connectedCallback() {
    this.querySelector('a')?.addEventListener('click', (event) => {
      event.preventDefault();
      this.leave();
    });
    document.addEventListener('keydown', this.#onKey);
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.#onKey);
  }

  leave() {
    document.body.hidden = true;
    location.replace(this.dataset['url'] ?? 'about:blank');
  }
}

if (!customElements.get('fs-quick-exit')) customElements.define('fs-quick-exit', FsQuickExit);
