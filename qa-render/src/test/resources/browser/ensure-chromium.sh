#!/usr/bin/env bash
# Prints the path of a Chromium binary for the browser tests, installing Debian's `chromium`
# package when it is missing and this runs as root with apt available. Exits 1 (with the reason
# on stderr) when no browser can be had; the tests then skip with that reason.
set -u
for name in chromium chromium-browser; do
    if command -v "$name" >/dev/null 2>&1; then
        command -v "$name"
        exit 0
    fi
done
if [ "$(id -u)" != "0" ]; then
    echo "chromium is not installed and this user is not root (install it with: apt-get install chromium)" >&2
    exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "chromium is not installed and apt-get is not available" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
if ! apt-cache policy chromium 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    apt-get update -qq >&2 || { echo "apt-get update failed: the package archive is not reachable" >&2; exit 1; }
fi
if ! apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >&2; then
    echo "apt-get install chromium failed" >&2
    exit 1
fi
command -v chromium || { echo "chromium was installed but is not on the PATH" >&2; exit 1; }
