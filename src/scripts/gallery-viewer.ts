// Tap a photo to see it large. The viewer is a modal <dialog> (focus stays inside, Esc closes it); opening it
// adds a history entry, so the phone's Back button closes the photo instead of leaving the page.
export function initGalleryViewer(): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-viewer]');
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-gallery-open]')];
  if (!dialog || links.length === 0 || typeof dialog.showModal !== 'function') return;
  // The <img> is made here and only shown with a photo in it: without a src it would be invalid HTML and a
  // broken image on the page.
  const frame = dialog.querySelector<HTMLElement>('[data-viewer-frame]')!;
  const image = document.createElement('img');
  image.className = 'viewer__image';
  const caption = dialog.querySelector<HTMLElement>('[data-viewer-caption]')!;
  const count = dialog.querySelector<HTMLElement>('[data-viewer-count]')!;
  const steps = dialog.querySelectorAll<HTMLButtonElement>('[data-viewer-step]');
  let index = 0;
  let opener: HTMLElement | null = null;

  const show = (i: number) => {
    index = (i + links.length) % links.length;
    const link = links[index]!;
    image.src = link.href;
    if (!image.isConnected) frame.append(image);
    image.alt = link.querySelector('img')?.alt ?? '';
    caption.textContent = link.dataset['caption'] || image.alt;
    count.textContent = links.length > 1 ? `第${index + 1}张，共${links.length}张` : '';
    steps.forEach((b) => (b.hidden = links.length < 2));
  };
  const open = (i: number) => {
    opener = links[i] ?? null;
    show(i);
    dialog.showModal();
    history.pushState({ viewer: true }, '');
  };
  // Every way of closing goes through history, so the entry the viewer added is always taken off again.
  const close = () => {
    if (history.state?.viewer) history.back();
    else finish();
  };
  const finish = () => {
    if (dialog.open) dialog.close();
    image.remove();
    image.removeAttribute('src');
    opener?.focus();
  };

  links.forEach((link, i) =>
    link.addEventListener('click', (event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      open(i);
    }),
  );
  steps.forEach((b) => b.addEventListener('click', () => show(index + Number(b.dataset['viewerStep']))));
  dialog.querySelector('[data-viewer-close]')?.addEventListener('click', close);
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    close();
  });
  // A tap on the dark backdrop (the dialog itself, outside the photo and buttons) closes too.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) close();
  });
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowRight') show(index + 1);
    else if (event.key === 'ArrowLeft') show(index - 1);
  });
  window.addEventListener('popstate', () => {
    if (dialog.open) finish();
  });
}
