import { parseImportArgs } from '../../../scripts/catalog-import';
import { ToolUsageError } from '../../../scripts/admin/run-tool';

describe('catalog:import command line', () => {
  it('takes the file in first place, with no option at all', () => {
    expect(parseImportArgs(['products.csv'])).toEqual({ file: 'products.csv', replace: false, strict: false, dryRun: false, indexOut: undefined });
  });

  it('takes the options before or after the file, and --index-out its path', () => {
    expect(parseImportArgs(['--replace', 'products.csv', '--index-out', 'index.json', '--dry-run'])).toEqual({
      file: 'products.csv',
      replace: true,
      strict: false,
      dryRun: true,
      indexOut: 'index.json',
    });
  });

  it('says what is wrong instead of guessing', () => {
    const reason = (argv: string[]) => {
      try {
        parseImportArgs(argv);
        return 'accepted';
      } catch (err) {
        expect(err).toBeInstanceOf(ToolUsageError);
        return (err as Error).message;
      }
    };
    expect(reason([])).toBe('which file?');
    expect(reason(['a.csv', 'b.csv'])).toBe('one file at a time (got a.csv, b.csv)');
    expect(reason(['a.csv', '--replce'])).toBe('unknown option --replce');
    expect(reason(['a.csv', '--index-out'])).toBe('--index-out needs a file path');
    expect(reason(['--index-out', '--strict', 'a.csv'])).toBe('--index-out needs a file path');
  });
});
