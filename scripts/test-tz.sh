#!/usr/bin/env bash
# The whole suite under five time zones, each with the Russian (Kazakhstan) locale: UTC; Almaty
# (the registry's own zone, UTC+6 → UTC+5 on 2024-03-01); São Paulo (negative, with past DST);
# Apia (+13/+14, skipped 30 December 2011); Kathmandu (+05:45). Nothing in the library may read
# the machine's zone or locale, so every run must pass. Type tests are left out (types do not
# depend on the zone), which keeps each run to the runtime suite. Properties run 25 times each
# here (FC_NUM_RUNS, unless set), not `npm test`'s 200: these runs look for a verdict that changes
# with the zone, not for new inputs, and five full runs at 200 were most of CI's ten minutes.
# Five files no zone can change are run once, by `npm test`, not five times more (about 12 s of
# each run's test time, and since round 49 the binary's 50-odd processes): the regexes' linear-time
# check (ratios of timings), the TSDoc check (source text), the worker threads (each thread runs
# what one thread does under the same zone, which every run here covers), the CLI binary's
# scenarios (test/cli-in-process.test.ts runs the same command lines in the test's process, and
# every run here covers it) and the web-runtime check (its `node:vm` context has the process's
# zone, so it compares the same zone on both sides, about 3 s a run).
set -uo pipefail
cd "$(dirname "$0")/.."
export FC_NUM_RUNS="${FC_NUM_RUNS:-25}"
# dist/ (which the CLI and package tests run) is built once here, not by each run's global setup.
built=$(npm run --silent build 2>&1) || { echo "$built"; echo "test:tz: the build failed"; exit 1; }
export TEST_DIST_BUILT=1
zones=(UTC Asia/Almaty America/Sao_Paulo Pacific/Apia Asia/Kathmandu)
failed=()
for zone in "${zones[@]}"; do
  echo "== TZ=$zone LANG=ru_KZ.UTF-8 ($(TZ=$zone LANG=ru_KZ.UTF-8 LC_ALL=ru_KZ.UTF-8 node -e 'process.stdout.write(`${Intl.DateTimeFormat().resolvedOptions().locale}, ${new Date(Date.UTC(2024, 1, 29, 19)).toString()}`)'))"
  if ! TZ=$zone LANG=ru_KZ.UTF-8 LC_ALL=ru_KZ.UTF-8 npx vitest run --typecheck.enabled=false --reporter=dot \
    --exclude test/regex-linear.test.ts --exclude test/tsdoc.test.ts --exclude "test/workers/**" --exclude test/cli.test.ts --exclude test/web-runtime.test.ts "$@"; then
    failed+=("$zone")
  fi
done
if [ "${#failed[@]}" -gt 0 ]; then
  echo "test:tz failed under: ${failed[*]}"
  exit 1
fi
echo "test:tz passed under: ${zones[*]} (LANG=ru_KZ.UTF-8)"
