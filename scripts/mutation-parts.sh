#!/usr/bin/env bash
# Runs Stryker over the configured mutate set in parts, one after another, on one core
# (concurrency 1), each part with its own incremental file; copies each part's JSON report aside
# and prints the combined score. Usage: scripts/mutation-parts.sh [part …] (default: all six).
# Extra Stryker options go in STRYKER_ARGS (e.g. STRYKER_ARGS="--timeoutMS 5000").
#   address   src/normalize/address/**
#   normalize src/normalize/*.ts (minus the generated confusables-table.ts)
#   rules     src/rules/**
#   core      src/verdict.ts, src/sort-in-place.ts, src/screen.ts, src/schema/validate.ts, src/verdict-objects.ts, src/plain-constructor.ts
#   schemas   src/schema/{common,transaction,payment,registry}.ts, src/options.ts, src/payment-rules/settings.ts (round 34)
#   days-money-texts  src/dates.ts, src/money.ts, src/locales/format-reason.ts, src/errors.ts, src/messages.ts (round 34)
set -u
cd "$(dirname "$0")/.."
export FC_SEED="${FC_SEED:-20261124}" FC_NUM_RUNS="${FC_NUM_RUNS:-25}"
declare -A GLOBS=(
  [address]="src/normalize/address/**/*.ts"
  [normalize]="src/normalize/*.ts,!src/normalize/confusables-table.ts"
  [rules]="src/rules/**/*.ts"
  [core]="src/verdict.ts,src/sort-in-place.ts,src/screen.ts,src/schema/validate.ts,src/verdict-objects.ts,src/plain-constructor.ts"
  [schemas]="src/schema/common.ts,src/schema/transaction.ts,src/schema/payment.ts,src/schema/registry.ts,src/options.ts,src/payment-rules/settings.ts"
  [days-money-texts]="src/dates.ts,src/money.ts,src/locales/format-reason.ts,src/errors.ts,src/messages.ts"
)
parts=("$@")
[ ${#parts[@]} -eq 0 ] && parts=(address normalize rules core schemas days-money-texts)
mkdir -p reports
for part in "${parts[@]}"; do
  start=$(date +%s)
  npx stryker run --concurrency 1 --mutate "${GLOBS[$part]}" --incrementalFile "reports/inc-$part.json" ${STRYKER_ARGS:-} > "reports/log-$part.txt" 2>&1
  cp reports/mutation/mutation.json "reports/part-$part.json"
  echo "$part: $(( $(date +%s) - start )) s" | tee -a reports/parts-time.txt
done
node scripts/mutation-score.mjs reports/part-address.json reports/part-normalize.json reports/part-rules.json reports/part-core.json reports/part-schemas.json reports/part-days-money-texts.json
