// "复制链接": the clipboard where allowed, otherwise select the text so a long-press copies it.
export function initShareBox(): void {
  const input = document.querySelector<HTMLInputElement>('[data-share-url]');
  const button = document.querySelector<HTMLButtonElement>('[data-share-copy]');
  const status = document.querySelector<HTMLElement>('[data-share-status]');
  if (!input || !button) return;
  input.addEventListener('focus', () => input.select());
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(input.value);
      if (status) status.textContent = '链接已复制，可以粘贴到微信发给亲友。';
    } catch {
      input.focus();
      input.select();
      if (status) status.textContent = '请长按或按 Ctrl+C 复制已选中的链接。';
    }
  });
}
