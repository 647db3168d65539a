#!/usr/bin/env bash
# Offline checks of the infrastructure as code in infra/: every Bicep template and parameters file builds and lints
# with the pinned Bicep CLI (scripts/bicep.sh: no network) with 0 errors and 0 warnings, and each parameters file
# evaluates (bicep snapshot) to the deployment docs/deployment.md describes. One line per check; ends with
# "N passed, N failed" (exit 1 if any failed).
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d /tmp/verkostot-infra.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
results=$tmp/results
bicep() { bash "$root/scripts/bicep.sh" "$@"; }

# Sample secrets, so the checks can look for them where they must not be.
export VERKOSTOT_POSTGRES_PASSWORD="pg-\"sentinel;Pa55-$RANDOM$RANDOM"
export VERKOSTOT_LINK_SIGNING_KEY="link-sentinel-$RANDOM$RANDOM-0123456789abcdefghijklmnopqrstuvwxyz"
export VERKOSTOT_BOT_APP_PASSWORD="bot-sentinel-$RANDOM$RANDOM"
export VERKOSTOT_SIGNIN_CLIENT_SECRET="signin-sentinel-$RANDOM$RANDOM"
subscription=00000000-0000-4000-8000-000000000001
tenant=00000000-0000-4000-8000-000000000002

# Runs a Bicep command; passes when it exits 0 and prints no "Error" and no "Warning" diagnostic.
clean() {
  local what=$1; shift
  local log=$tmp/clean.log
  "$@" >"$tmp/clean.out" 2>"$log"
  local status=$? errors warnings
  errors=$(grep -cE ' : Error |^Error ' "$log")
  warnings=$(grep -cE ' : Warning |^Warning ' "$log")
  if [ "$status" = 0 ] && [ "$errors" = 0 ] && [ "$warnings" = 0 ]; then
    echo "PASS $what: 0 errors, 0 warnings"
  else
    echo "FAIL $what: exit $status, $errors errors, $warnings warnings: $(tr '\n' ' ' <"$log" | cut -c1-600)"
  fi
}

snapshot() { # PARAMS_FILE RESOURCE_GROUP
  bicep snapshot "$1" --mode overwrite --subscription-id "$subscription" --tenant-id "$tenant" \
    --resource-group "$2" --location swedencentral
}

{
  if bash "$root/scripts/setup-bicep.sh" >"$tmp/setup.log" 2>&1; then
    pinned=$(sed -nE 's/.*Version="\[([^]]+)\]".*/\1/p' "$root/tools/bicep/bicep.proj")
    version=$(bicep --version 2>&1)
    if grep -q "version $pinned " <<<"$version"; then echo "PASS Bicep CLI is the pinned $pinned"; else echo "FAIL Bicep CLI: $version (pinned $pinned)"; fi
  else
    echo "FAIL setup-bicep.sh: $(tr '\n' ' ' <"$tmp/setup.log")"
  fi

  # Nothing may need a download: no module registry (br:, br/…, ts:) sources and no extensions.
  refs=$(grep -rnE "^\s*(module|import)\s+[^']*'(br|ts)[:/]|^\s*extension\s" "$root/infra" --include='*.bicep' --include='*.bicepparam')
  if [ -z "$refs" ]; then echo "PASS infra/ references no module registry and no extension"; else echo "FAIL registry references: $refs"; fi

  cd "$root"
  for template in $(find infra -name '*.bicep' | sort); do
    clean "lint $template" bicep lint "$template" --no-restore
    clean "build $template" bicep build "$template" --stdout --no-restore
  done
  for params in $(find infra -name '*.bicepparam' | sort); do
    clean "build-params $params" bicep build-params "$params" --stdout --no-restore
  done

  # Each parameters file, evaluated as Azure Resource Manager would, in a copy (snapshot writes beside the file).
  cp -r "$root/infra" "$tmp/infra"
  cat >"$tmp/infra/environments/single-tenant.bicepparam" <<'EOF'
using '../main.bicep'

param environmentName = 'single'
param location = 'swedencentral'
param botAppType = 'SingleTenant'
param botAppId = '11111111-2222-4333-8444-555555555555'
param botAppPassword = readEnvironmentVariable('VERKOSTOT_BOT_APP_PASSWORD')
param postgresAdministratorPassword = readEnvironmentVariable('VERKOSTOT_POSTGRES_PASSWORD')
param linkSigningKey = readEnvironmentVariable('VERKOSTOT_LINK_SIGNING_KEY')
EOF
  for params in "$tmp"/infra/environments/*.bicepparam; do
    name=$(basename "$params" .bicepparam)
    snap=${params%.bicepparam}.snapshot.json
    if ! snapshot "$params" "rg-verkostot-$name" >"$tmp/snapshot.log" 2>&1 || [ ! -s "$snap" ]; then
      echo "FAIL $name.bicepparam: bicep snapshot failed: $(tr '\n' ' ' <"$tmp/snapshot.log" | cut -c1-600)"; continue
    fi
    host=$(sed -nE "s/^param publicHostName = '([^']+)'.*/\1/p" "$params")
    if [ -z "$host" ]; then # the web app's own name: verkostot-<environment>-<unique suffix>.azurewebsites.net
      host=$(node -e 'const s=require(process.argv[1]);const w=s.predictedResources.find(r=>r.type==="Microsoft.Web/sites");console.log(w.name+".azurewebsites.net")' "$snap")
    fi
    type=$(grep -q "botAppType = 'SingleTenant'" "$params" && echo SingleTenant || echo UserAssignedMSI)
    node "$root/tools/bicep/check-snapshot.js" "$snap" "$name.bicepparam" "$host" "$type" \
      "$VERKOSTOT_POSTGRES_PASSWORD" "$VERKOSTOT_LINK_SIGNING_KEY" "$VERKOSTOT_BOT_APP_PASSWORD" "$VERKOSTOT_SIGNIN_CLIENT_SECRET" \
      || echo "FAIL check-snapshot.js did not finish for $name (error above)"
  done

  # The checks must be able to fail: a planted linter finding, a registry module and missing secrets.
  cp -r "$root/infra" "$tmp/planted"
  printf "\nparam plantedUnused string = 'never used'\n" >>"$tmp/planted/main.bicep"
  if clean "planted" bicep lint "$tmp/planted/main.bicep" --no-restore | grep -q '^FAIL planted: .*no-unused-params'; then
    echo "PASS a planted linter finding (an unused parameter) fails the lint"
  else
    echo "FAIL a planted unused parameter was not reported as an error"
  fi
  printf "\nmodule planted 'br/public:avm/res/network/virtual-network:0.1.0' = {\n  params: {\n    name: 'vnet'\n  }\n}\n" \
    >"$tmp/planted/registry.bicep"
  if bicep build "$tmp/planted/registry.bicep" --stdout --no-restore >/dev/null 2>"$tmp/registry.log"; then
    echo "FAIL a template with a registry module built without its module"
  else
    echo "PASS a registry module is refused offline instead of being downloaded"
  fi
  if env -u VERKOSTOT_POSTGRES_PASSWORD -u VERKOSTOT_LINK_SIGNING_KEY \
      bash "$root/scripts/bicep.sh" build-params "$root/infra/environments/test.bicepparam" --stdout --no-restore >/dev/null 2>"$tmp/nosecrets.log"; then
    echo "FAIL test.bicepparam built without its secrets in the environment"
  elif grep -q 'VERKOSTOT_POSTGRES_PASSWORD' "$tmp/nosecrets.log" && grep -q 'VERKOSTOT_LINK_SIGNING_KEY' "$tmp/nosecrets.log"; then
    echo "PASS parameters files name the missing secret variables instead of deploying empty secrets"
  else
    echo "FAIL test.bicepparam without secrets failed without naming them: $(tr '\n' ' ' <"$tmp/nosecrets.log" | cut -c1-400)"
  fi
} 2>&1 | tee "$results"

passed=$(grep -c '^PASS ' "$results")
failed=$(grep -c '^FAIL ' "$results")
echo "$passed passed, $failed failed"
[ "$failed" = 0 ] && [ "$passed" -gt 0 ]
