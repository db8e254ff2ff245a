import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { serverAddress } from '@fazhi/config';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const { host, port } = serverAddress();

/** Writes a .gz beside each built text file; the API sends it to browsers that accept gzip. */
function gzipFiles(): Plugin {
  let outDir = '';
  return {
    name: 'fazhi-gzip-files',
    apply: 'build',
    configResolved(c) {
      outDir = path.resolve(c.root, c.build.outDir);
    },
    closeBundle() {
      for (const f of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
        if (!/\.(js|css|html|svg)$/.test(f)) continue;
        const file = path.join(outDir, f);
        writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), gzipFiles()],
  // `pnpm --filter @fazhi/web dev` talks to the API that `pnpm start` runs on HOST:PORT
  server: { proxy: { '/api': `http://${host}:${port}` } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // ECharts alone is ~580 kB raw (~200 kB gzip); it is loaded only with the first chart
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'echarts', test: /node_modules[\\/](echarts|zrender)/ }] },
      },
    },
  },
});
