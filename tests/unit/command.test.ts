// scripts/lib/command.ts: every script's arguments, Chinese usage text and exit codes (0 ok, 1 problems, 2 usage).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { integerOption, parseCommandArgs, runCommand, UsageError } from '../../scripts/lib/command';

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe('parseCommandArgs', () => {
  const spec = { options: { root: { type: 'string' }, json: { type: 'boolean' } }, positionals: { max: 1 } } as const;

  it('reads options and arguments', () => {
    const { values, positionals } = parseCommandArgs(['2026-11', '--root', '/x', '--json'], spec);
    expect(values).toMatchObject({ root: '/x', json: true });
    expect(positionals).toEqual(['2026-11']);
  });

  it('says in Chinese what is wrong: an unknown option, a missing value, an extra or missing argument', () => {
    const wrong = (argv: string[], s: Parameters<typeof parseCommandArgs>[1] = spec) => {
      try {
        parseCommandArgs(argv, s);
      } catch (error) {
        expect(error).toBeInstanceOf(UsageError);
        return (error as Error).message;
      }
      throw new Error('no UsageError');
    };
    expect(wrong(['--rot', 'x'])).toBe('不认识的选项 --rot');
    expect(wrong(['--root'])).toBe('选项 --root 后面要写一个值');
    expect(wrong(['a', 'b'])).toBe('多余的参数：b');
    expect(wrong(['--root', '-3'])).toBe('选项 --root 后面的值以 - 开头，这样写会被当成另一个选项；确实如此请写成 --root=值');
    expect(wrong(['--json=yes'])).toBe('选项 --json 不需要值');
    expect(wrong([], { options: {}, positionals: { min: 1, max: 1, missing: '请写上月份' } })).toBe('请写上月份');
  });
});

describe('integerOption', () => {
  it('takes whole numbers from min up, the fallback when absent, and refuses anything else', () => {
    expect(integerOption('--items', undefined, 10_000)).toBe(10_000);
    expect(integerOption('--items', '250', 10_000)).toBe(250);
    for (const bad of ['', 'abc', '1.5', '-1'])
      expect(() => integerOption('--items', bad, 1)).toThrow(`--items 要写一个不小于 0 的整数，收到“${bad}”`);
    expect(() => integerOption('--news', '0', 1, 1)).toThrow(UsageError);
  });
});

describe('runCommand', () => {
  it('gives 0 for --help with the usage, 2 with the usage for a UsageError, 1 for a failure, else main’s code', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await runCommand('用法：x', () => 5, {}, ['-h'])).toBe(0);
    expect(log).toHaveBeenCalledWith('用法：x');
    expect(await runCommand('用法：x', () => 1, {}, [])).toBe(1);
    expect(
      await runCommand(
        '用法：x',
        () => {
          throw new UsageError('不认识的选项 --y');
        },
        {},
        ['--y'],
      ),
    ).toBe(2);
    expect(error).toHaveBeenLastCalledWith('不认识的选项 --y\n\n用法：x');
    expect(
      await runCommand(
        '用法：x',
        async () => {
          throw new Error('读不到文件');
        },
        {},
        [],
      ),
    ).toBe(1);
    expect(String(error.mock.lastCall?.[0])).toMatch(/^出错了：.*读不到文件/);
    expect(process.exitCode).toBe(1);
  });
});
