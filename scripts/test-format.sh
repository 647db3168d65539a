#!/usr/bin/env bash
# House rules (.editorconfig): the build enforces naming and style (EnforceCodeStyleInBuild); this checks that
# `dotnet format` would change no whitespace. Ends with "N passed, N failed" like every scripts/test-*.sh.
set -uo pipefail
cd "$(dirname "$0")/.."
if dotnet format whitespace Verkostot.Bot.sln --verify-no-changes -v q; then
  echo "1 passed, 0 failed"
else
  echo "dotnet format would change the files above: run 'dotnet format whitespace Verkostot.Bot.sln'"
  echo "0 passed, 1 failed"
fi
