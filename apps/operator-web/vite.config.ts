import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the API at /operatori/ (with SPA fallback); in development Vite proxies the API.
export default defineConfig({
  base: '/operatori/',
  plugins: [react()],
  resolve: { dedupe: ['react', 'react-dom', 'react-router', '@tanstack/react-query', 'design-react-kit'] },
  server: {
    port: 5175,
    proxy: {
      '/graphql': { target: 'http://localhost:3000', ws: true },
      '/api': 'http://localhost:3000',
      '/dev': 'http://localhost:3000',
    },
  },
  build: { chunkSizeWarningLimit: 1500 },
});
