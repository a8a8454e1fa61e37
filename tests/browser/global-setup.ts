import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { serveDist } from './static-server';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(`${dist}index.html`)) throw new Error('dist/ 不存在：浏览器测试针对构建好的网站，请先运行 npm run build');
  const { server, url } = await serveDist(dist, process.env.BASE_PATH || '/');
  project.provide('siteUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
