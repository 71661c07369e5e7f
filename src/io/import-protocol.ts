import type { ClaimSetFile, ParseResult } from '../domain/format/claim-set.ts';
import type { ImportFileKind } from '../domain/format/parse-import-file.ts';

/** Asks the import worker to parse and validate a file's text. */
export interface ParseRequest {
  id: number;
  text: string;
}

/** The worker's answer: the validated claim set, or the problems found, as values. */
export interface ParseResponse {
  id: number;
  result: ParseResult<ClaimSetFile> & { kind: ImportFileKind };
}
