import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

// Served by the API at /operatori/ (with SPA fallback); in development Vite proxies the API.
export default defineConfig({
  base: '/operatori/',
  // Brotli and gzip copies of each asset, served as they are by the API (@fastify/static preCompressed).
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 })],
  resolve: { dedupe: ['react', 'react-dom', 'react-router', '@tanstack/react-query', 'design-react-kit'] },
  server: {
    port: 5175,
    proxy: {
      '/graphql': 'http://localhost:3000',
      '/api': 'http://localhost:3000',
      '/dev': 'http://localhost:3000',
    },
  },
  build: { chunkSizeWarningLimit: 1500 },
});
