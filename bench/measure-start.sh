#!/usr/bin/env bash
# Seconds from `npm start` until /ready answers 200: first start on a fresh
# clone with an empty Maven repository (the Neo4j jars are downloaded), then
# a warm start of the same clone. Usage: bash bench/measure-start.sh
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'pkill -INT -f "$work/clone/dist/src/index.js" 2>/dev/null || true; sleep 3; rm -rf "$work"' EXIT
git clone -q "$repo" "$work/clone"
cd "$work/clone"
npm ci --no-audit --no-fund > /dev/null 2>&1
export MAVEN_OPTS="-Dmaven.repo.local=$work/m2"

time_start() {
  local started ended
  started=$(date +%s.%N)
  npm start > "$work/$1.log" 2>&1 &
  until curl -sf localhost:4000/ready > /dev/null; do sleep 0.2; done
  ended=$(date +%s.%N)
  echo "$1 start: ready after $(echo "$ended - $started" | bc) s (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  pkill -INT -f "$work/clone/dist/src/index.js" || pkill -INT -f "node dist/src/index.js"
  while curl -sf localhost:4000/health > /dev/null; do sleep 0.2; done
  sleep 2
}

time_start first
time_start warm
