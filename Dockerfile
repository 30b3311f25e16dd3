# Production image: the API serving the three built portals.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN npm install --global pnpm@10.34.8
COPY . .
RUN pnpm install --frozen-lockfile \
 && pnpm turbo run build --filter=@sportello/api... --filter='./apps/*-web' \
 && pnpm deploy --filter=@sportello/api --prod --legacy /deploy \
 && cp -r apps/api/dist /deploy/dist \
 && mkdir -p /portals && for p in citizen-web company-web operator-web; do cp -r apps/$p/dist /portals/$p; done

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /srv/apps/api
COPY --from=build /deploy ./
COPY --from=build /portals/citizen-web /srv/apps/citizen-web/dist
COPY --from=build /portals/company-web /srv/apps/company-web/dist
COPY --from=build /portals/operator-web /srv/apps/operator-web/dist
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s CMD node -e "fetch('http://127.0.0.1:3000/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# The flags of `pnpm start` (apps/api/package.json): see "A larger young generation" in the README.
CMD ["node", "--max-semi-space-size=64", "dist/main.js"]
