// Arguments of `npm run edit`: the port and whether to open a browser. npm hands options written without
// `--` (npm run edit --port 4400) to the script as npm_config_* variables, so both spellings work.

export const EDIT_USAGE = `用法：npm run edit [-- --port 端口] [--no-open]
启动编辑台：只在本机 127.0.0.1 上提供网站预览和 /admin/ 编辑页面，其他电脑访问不到。
  --port N     使用端口 N（默认 4321；被占用时自动换下一个）
  --no-open    不自动打开浏览器（只在屏幕上显示地址）
  -h, --help   显示本说明`;

export interface EditOptions {
  port: number;
  open: boolean;
}

export type EditArgs = { kind: 'run'; options: EditOptions } | { kind: 'help' } | { kind: 'error'; message: string };

function portOf(text: string): number | undefined {
  const port = Number(text);
  return /^\d+$/.test(text) && port >= 1 && port <= 65535 ? port : undefined;
}

export function parseEditArgs(argv: string[], env: Record<string, string | undefined> = {}): EditArgs {
  let port = 4321;
  let open = true;
  // `npm run edit --port 4400` reaches us as npm_config_port=true and a bare 4400.
  const npmPortFlag = env.npm_config_port === 'true';
  let barePort = false;
  if (env.npm_config_port !== undefined && env.npm_config_port !== '' && !npmPortFlag) {
    const p = portOf(env.npm_config_port);
    if (p === undefined) return { kind: 'error', message: `端口 "${env.npm_config_port}" 无效：应为 1 到 65535 之间的整数，例如 4321` };
    port = p;
  }
  if (env.npm_config_open === 'false' || env.npm_config_open === '') open = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (arg === '--no-open') open = false;
    else if (arg === '--open') open = true;
    else if (arg === '--port' || arg.startsWith('--port=')) {
      const value = arg === '--port' ? argv[++i] : arg.slice('--port='.length);
      const p = value === undefined ? undefined : portOf(value);
      if (p === undefined) return { kind: 'error', message: `端口 "${value ?? ''}" 无效：应为 1 到 65535 之间的整数，例如 --port 4321` };
      port = p;
    } else if (/^\d+$/.test(arg)) {
      const p = portOf(arg);
      if (p === undefined) return { kind: 'error', message: `端口 "${arg}" 无效：应为 1 到 65535 之间的整数，例如 4321` };
      port = p;
      barePort = true;
    } else return { kind: 'error', message: `不认识的参数 "${arg}"` };
  }
  if (npmPortFlag && !barePort) return { kind: 'error', message: '--port 后面要写端口号，例如 --port 4321' };
  return { kind: 'run', options: { port, open } };
}

/** The command that opens a web address in the desktop's browser, or undefined where there is none. */
export function browserCommand(
  platform: string,
  env: Record<string, string | undefined>,
): { command: string; args: (url: string) => string[] } | undefined {
  if (platform === 'win32') return { command: 'cmd', args: (url) => ['/c', 'start', '""', url] };
  if (platform === 'darwin') return { command: 'open', args: (url) => [url] };
  // Linux and the like: only with a graphical session (not over SSH or in CI).
  if (env.DISPLAY || env.WAYLAND_DISPLAY) return { command: 'xdg-open', args: (url) => [url] };
  return undefined;
}
