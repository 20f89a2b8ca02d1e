import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The typed client is bundled from its TypeScript sources (no separate build step), and in
// `vite dev` /graphql and /dev go to the platform (`npm start`) so the browser sees one origin.
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@mentorship/client': fileURLToPath(new URL('../../packages/client/src/index.ts', import.meta.url)) },
  },
  server: { port: 5174, proxy: { '/graphql': 'http://127.0.0.1:5173', '/dev': 'http://127.0.0.1:5173' } },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1000 },
});
