/**
 * <fs-share> and <fs-copy>: copy a link or a citation, or open the device's share sheet.
 * Without JavaScript the plain link stays; the buttons appear only once they can work.
 */

/** Copies text; on failure selects it in a field so the reader can copy it by hand. */
async function copy(text: string, host: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    let field = host.querySelector<HTMLInputElement>('input.copy-fallback');
    if (!field) {
      field = document.createElement('input');
      field.className = 'copy-fallback';
      field.readOnly = true;
      // The label is the page's own words, given by the server-rendered host.
      field.setAttribute('aria-label', host.dataset['fieldLabel'] ?? '');
      host.append(field);
    }
    field.value = text;
    field.focus();
    field.select();
    return false;
  }
}

function announce(host: HTMLElement, message: string) {
  const status = host.querySelector('[role="status"]');
  if (!status) return;
  status.textContent = '';
  // A fresh text node is announced again even when the message repeats.
  requestAnimationFrame(() => (status.textContent = message));
}

class FsShare extends HTMLElement {
  connectedCallback() {
    const url = this.dataset['url'] ?? location.href;
    const copyButton = this.querySelector<HTMLButtonElement>('[data-action="copy"]');
    const shareButton = this.querySelector<HTMLButtonElement>('[data-action="share"]');
    if (shareButton && 'share' in navigator) {
      shareButton.hidden = false;
      shareButton.addEventListener('click', () => {
        navigator.share({ title: this.dataset['title'] ?? document.title, url }).catch(() => undefined);
      });
    } else if (copyButton) {
      copyButton.hidden = false;
      copyButton.addEventListener('click', async () => {
        const copied = await copy(url, this);
        announce(this, (copied ? this.dataset['copied'] : this.dataset['copyByHand']) ?? '');
      });
    }
  }
}

class FsCopy extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const source = document.getElementById(this.dataset['target'] ?? '');
    if (!button || !source) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const copied = await copy((source.textContent ?? '').trim(), this);
      announce(this, (copied ? this.dataset['copied'] : this.dataset['copyByHand']) ?? '');
    });
  }
}

if (!customElements.get('fs-share')) customElements.define('fs-share', FsShare);
if (!customElements.get('fs-copy')) customElements.define('fs-copy', FsCopy);
