import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the API at /aziende/ (with SPA fallback); in development Vite proxies the API.
export default defineConfig({
  base: '/aziende/',
  plugins: [react()],
  resolve: { dedupe: ['react', 'react-dom', 'react-router', '@tanstack/react-query', 'design-react-kit'] },
  server: {
    port: 5174,
    proxy: { '/graphql': 'http://localhost:3000', '/dev': 'http://localhost:3000' },
  },
  build: { chunkSizeWarningLimit: 1500 },
});
