import type { TFunction } from 'i18next';
import type { ArticleFileProblem } from '../../domain/article-input/article-file.ts';
import type { ArticleInputProblem } from '../../domain/article-input/validate-article-input.ts';
import { formatBytes } from '../format-bytes.ts';

/** The message for a refused draft field or file, in the UI language. */
export function problemMessage(t: TFunction, language: string, problem: ArticleInputProblem | ArticleFileProblem): string {
  switch (problem.code) {
    case 'text-too-long':
      return t('library.problems.text-too-long', { length: problem.length, limit: problem.limit });
    case 'title-too-long':
      return t('library.problems.title-too-long', { limit: problem.limit });
    case 'file-type':
    case 'file-binary':
    case 'file-not-utf8':
      return t(`library.problems.${problem.code}`, { name: problem.name });
    case 'file-too-large':
      return t('library.problems.file-too-large', { name: problem.name, limit: formatBytes(problem.limitBytes, language) });
    case 'file-unreadable':
      return t('library.problems.file-unreadable', { name: problem.name, error: problem.error });
    default:
      return t(`library.problems.${problem.code}`);
  }
}
