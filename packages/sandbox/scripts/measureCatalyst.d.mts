/** Options of `measure` (what the command's flags set). */
export interface MeasureOptions {
  repo: string;
  commit: string;
  schema: string;
  json: boolean;
  byGap: boolean;
  errors: number;
  execute: boolean;
}

/** One Catalyst operation: where it is, its document (with its fragments) and its validation errors. */
export interface MeasuredOperation {
  name: string;
  kind?: string;
  file: string;
  line: number;
  document?: string;
  errors: string[];
}

/** Parses the command's flags into options (defaults for the rest). */
export function parseArgs(argv: string[]): MeasureOptions;

/** Every Catalyst operation at the commit, with its document and its validation errors. */
export function measure(options: MeasureOptions): { commit: string; operations: MeasuredOperation[]; unresolved: string[] };
