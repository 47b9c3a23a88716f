#!/usr/bin/env bash
# Installs redis-server when it is missing, for the Redis tests (packages/redis): with apt-get as root (or through
# a sudo that needs no password), else with Homebrew. The one install step of `.ci/run` and of `npm test`
# (tools/scripts/test.ts). Exit 0: redis-server is on the PATH. Exit 3: it cannot be installed here; the last
# line of stdout is the command that installs it. Any other exit: the installer itself failed (its output on stderr).
set -euo pipefail

command -v redis-server >/dev/null 2>&1 && exit 0

if command -v apt-get >/dev/null 2>&1; then
  # Said before any sudo or apt-get runs: `npm test` runs this unasked.
  if [ "$(id -u)" -eq 0 ]; then
    sudo_cmd=""
  else
    echo "› redis-server is not installed (the Redis tests need it): checking for a sudo that needs no password (sudo -n true)" >&2
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo_cmd="sudo "
    else
      echo "sudo apt-get install -y redis-server"
      exit 3
    fi
  fi
  echo "› installing redis-server: ${sudo_cmd}apt-get update, then ${sudo_cmd}apt-get install -y --no-install-recommends redis-server" >&2
  ${sudo_cmd}apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive ${sudo_cmd}apt-get install -y -qq --no-install-recommends redis-server >/dev/null
elif command -v brew >/dev/null 2>&1; then
  echo "› redis-server is not installed (the Redis tests need it): installing it with brew install redis" >&2
  HOMEBREW_NO_AUTO_UPDATE=1 brew install --quiet redis >&2
else
  echo "install redis-server (https://redis.io/docs/latest/operate/oss_and_stack/install/)"
  exit 3
fi

command -v redis-server >/dev/null 2>&1
