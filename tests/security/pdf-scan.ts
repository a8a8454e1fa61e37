// Reads a PDF's link targets and looks for anything that runs: JavaScript actions, launch or form submission.
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

export async function pdfActions(bytes: Uint8Array): Promise<{ uris: string[]; active: string[] }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const uris: string[] = [];
  const active: string[] = [];
  const dicts: [string, PDFDict][] = [];
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    if (object instanceof PDFDict) dicts.push([String(ref), object]);
  }
  // Link actions sit inside the annotation dictionaries (/A << /S /URI /URI (…) >>): look one level in too.
  for (const [ref, dict] of [...dicts]) {
    for (const [, value] of dict.entries()) if (value instanceof PDFDict) dicts.push([`${ref}>`, value]);
  }
  for (const [ref, object] of dicts) {
    const kind = object.lookup(PDFName.of('S'));
    if (kind instanceof PDFName && ['/JavaScript', '/Launch', '/SubmitForm', '/ImportData', '/GoToR'].includes(kind.asString()))
      active.push(`${ref} ${kind.asString()}`);
    if (object.has(PDFName.of('JS')) || object.has(PDFName.of('AA')) || object.has(PDFName.of('OpenAction')))
      active.push(`${ref} JS/AA/OpenAction`);
    const uri = object.lookup(PDFName.of('URI'));
    if (uri instanceof PDFString || uri instanceof PDFHexString) uris.push(uri.decodeText());
  }
  return { uris, active };
}
