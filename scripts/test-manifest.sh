#!/usr/bin/env bash
# Offline checks of the Teams app package and of every Adaptive Card snapshot the tests wrote to
# $VERKOSTOT_CARD_SNAPSHOTS. One line per check; ends with "N passed, N failed" (exit 1 if any failed).
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tools=$root/tools/validation
tmp=$(mktemp -d /tmp/verkostot-manifest.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
results=$tmp/results

{
  # A checker that dies (a missing module, say) would otherwise just print fewer PASS lines.
  node "$tools/check-manifest.js" "$root/manifest" || echo "FAIL check-manifest.js did not finish (error above)"

  # Package with sample values, as an administrator would with real ones, and look inside the zip.
  export MicrosoftAppId=00000000-0000-4000-8000-000000000002 BOT_DOMAIN=verkostot.example.org
  if bash "$root/scripts/package-manifest.sh" "$tmp/appPackage.zip" >"$tmp/package.log" 2>&1; then
    echo "PASS package-manifest.sh packages the manifest"
    node "$tools/check-package.js" "$tmp/appPackage.zip" "$root/manifest" || echo "FAIL check-package.js did not finish (error above)"
  else
    echo "FAIL package-manifest.sh: $(tr '\n' ' ' <"$tmp/package.log")"
  fi

  # An invalid manifest must be refused: drop the required developer block from a copy.
  cp -r "$root/manifest" "$tmp/broken"
  node -e 'const f=process.argv[1],fs=require("fs"),j=JSON.parse(fs.readFileSync(f));delete j.developer;fs.writeFileSync(f,JSON.stringify(j))' "$tmp/broken/manifest.json"
  if MANIFEST_DIR=$tmp/broken bash "$root/scripts/package-manifest.sh" "$tmp/broken.zip" >"$tmp/broken.log" 2>&1; then
    echo "FAIL package-manifest.sh packaged a manifest without its developer block"
  elif grep -q "Refusing to package" "$tmp/broken.log" && [ ! -e "$tmp/broken.zip" ]; then
    echo "PASS package-manifest.sh refuses an invalid manifest"
  else
    echo "FAIL package-manifest.sh failed on an invalid manifest without saying why: $(tr '\n' ' ' <"$tmp/broken.log")"
  fi

  # Without a bot domain the package cannot be made.
  if env -u BOT_DOMAIN bash "$root/scripts/package-manifest.sh" "$tmp/nodomain.zip" >"$tmp/nodomain.log" 2>&1; then
    echo "FAIL package-manifest.sh packaged without BOT_DOMAIN"
  else
    echo "PASS package-manifest.sh refuses to package without BOT_DOMAIN"
  fi

  # CI clones the repo with shared/ beside it; a git worktree sits one level deeper.
  schema=$root/../shared/schemas/adaptive-card-1.5.json
  for candidate in "${VERKOSTOT_SHARED_DIR:-}/schemas/adaptive-card-1.5.json" "$root/../shared/schemas/adaptive-card-1.5.json" \
    "$root/../../shared/schemas/adaptive-card-1.5.json"; do
    if [ -f "$candidate" ]; then schema=$candidate; break; fi
  done
  node "$tools/validate-cards.js" "${VERKOSTOT_CARD_SNAPSHOTS:-}" "$schema" || echo "FAIL validate-cards.js did not finish (error above)"
} 2>&1 | tee "$results"

passed=$(grep -c '^PASS ' "$results")
failed=$(grep -c '^FAIL ' "$results")
echo "$passed passed, $failed failed"
[ "$failed" = 0 ] && [ "$passed" -gt 0 ]
