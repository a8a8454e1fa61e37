// npm run edit [-- --port N] [--no-open]
// The editors' desk: Astro's dev server on 127.0.0.1 only, with /admin/ (the CMS) and the live site.
import { spawn } from 'node:child_process';
import { dev } from 'astro';
import { EDIT_USAGE, browserCommand, parseEditArgs } from '../src/lib/desk/edit-args';

async function main(): Promise<number> {
  const parsed = parseEditArgs(process.argv.slice(2), process.env);
  if (parsed.kind === 'help') {
    console.log(EDIT_USAGE);
    return 0;
  }
  if (parsed.kind === 'error') {
    console.error(`${parsed.message}\n\n${EDIT_USAGE}`);
    return 2;
  }
  const { port, open } = parsed.options;
  console.log('正在启动编辑台……');
  // The desk must work in an office without internet: no update check, no telemetry.
  process.env.ASTRO_DISABLE_UPDATE_CHECK = 'true';
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  // The desk is served at the root of 127.0.0.1 whatever sub-path the public site uses (site.yaml base):
  // under a base, Astro's dev server answers 404 for /admin/ before any middleware sees it.
  process.env.BASE_PATH = '/';
  let server;
  try {
    // host 127.0.0.1: nothing is served on another interface (not even the office network).
    server = await dev({ root: process.cwd(), logLevel: 'warn', server: { host: '127.0.0.1', port } });
  } catch (error) {
    console.error(`编辑台无法启动：${(error as Error).message}`);
    return 1;
  }
  const address = server.address;
  const base = `http://127.0.0.1:${address.port}`;
  console.log(
    `\n编辑台已启动（只有这台电脑能打开）：\n  编辑内容  ${base}/admin/\n  查看网站  ${base}/\n\n请用 Edge 或 Chrome 打开。关闭这个窗口（或按 Ctrl+C）即停止编辑台。`,
  );
  const opener = open ? browserCommand(process.platform, process.env) : undefined;
  if (opener) {
    const child = spawn(opener.command, opener.args(`${base}/admin/`), { detached: true, stdio: 'ignore' });
    child.on('error', () => console.log('（没能自动打开浏览器，请手动打开上面的地址。）'));
    child.unref();
  }
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return 0;
}

main().then((code) => {
  if (code !== 0) process.exit(code);
});
