import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// GraphiQL, served by the API at /graphiql/ from this build: no script or style comes from a CDN.
export default defineConfig({
  base: '/graphiql/',
  plugins: [react()],
  server: { port: 5176, proxy: { '/graphql': 'http://localhost:3000', '/oauth': 'http://localhost:3000' } },
  build: { chunkSizeWarningLimit: 3000 },
});
