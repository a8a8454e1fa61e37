// Guard: npm scripts must run on the Node pinned in devDependencies (the `node` package), not the system one.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Node ${process.versions.node} 太旧：本项目需要 Node ≥ 22.12。\n` +
      '请用 `npm install` 安装依赖（不要加 --ignore-scripts），npm run 会自动使用 node_modules 里的 Node。',
  );
  process.exit(1);
}
