# The API alone; Neo4j comes from docker-compose.yml (NEO4J_URI is required
# here: the image has no Java, so it cannot start the embedded database).
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY test ./test
COPY bench ./bench
RUN npx tsc -p tsconfig.json

FROM node:20-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY --from=build /app/dist ./dist
COPY cypher ./cypher
COPY seed ./seed
COPY schema ./schema
EXPOSE 4000
CMD ["node", "dist/src/index.js"]
