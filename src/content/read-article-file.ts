import { articleFileKind, maxFileBytes, suggestTitle, type ArticleFileKind, type ArticleFileProblem } from '../domain/article-input/article-file.ts';
import { decodeTextFile } from './decode-text-file.ts';
import { htmlToText } from './html-to-text.ts';

/** An opened article file: its text (not yet normalized) and a suggested title. */
export type ArticleFileResult = { ok: true; kind: ArticleFileKind; text: string; title: string } | { ok: false; problem: ArticleFileProblem };

/**
 * Opens a `.txt`, `.md` or `.html` file as article text.
 *
 * Cheap checks come first: the kind (by extension, else MIME type) and the
 * size (`maxFileBytes`), so an unsupported or oversized file is refused
 * before a byte is read. Then the bytes must be UTF-8 text without NUL
 * (`decodeTextFile`). Text and Markdown are taken as they are; HTML is
 * reduced to text in an inert document (`htmlToText`). The caller still
 * checks the text's length and normalizes it like a paste.
 */
export async function readArticleFile(file: Blob & { name: string }): Promise<ArticleFileResult> {
  const name = file.name;
  const kind = articleFileKind(name, file.type);
  if (!kind) return { ok: false, problem: { code: 'file-type', name } };
  const limitBytes = maxFileBytes(kind);
  if (file.size > limitBytes) return { ok: false, problem: { code: 'file-too-large', name, limitBytes } };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return { ok: false, problem: { code: 'file-unreadable', name, error: error instanceof Error ? error.message : String(error) } };
  }
  const decoded = decodeTextFile(bytes);
  if (!decoded.ok) return { ok: false, problem: { code: decoded.reason === 'binary' ? 'file-binary' : 'file-not-utf8', name } };
  if (kind === 'html') {
    const { text, title } = htmlToText(decoded.text);
    return { ok: true, kind, text, title: title || suggestTitle(text, name) };
  }
  return { ok: true, kind, text: decoded.text, title: suggestTitle(decoded.text, name) };
}
