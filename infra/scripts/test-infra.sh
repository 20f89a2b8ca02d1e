#!/usr/bin/env bash
# `pnpm test:infra`: the deployment checks, outside `npm test` (they need tools and take minutes).
#   1. kustomize renders each overlay of infra/k8s and every object is checked (tests/infra).
#   2. Two gateway and two school replicas behind haproxy under load while one of each is rolled
#      (tests/infra/failover.test.ts): 0 failed requests, each snapshot delivered once.
#   3. With --images (or INFRA_IMAGES=1): the images are built (infra/scripts/build-images.sh)
#      and the platform is run from them with podman (tests/infra/images-*.test.ts).
# It installs what it needs from Debian's packages when missing, and writes tests/results/infra.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
images=${INFRA_IMAGES:-0}
[ "${1:-}" = "--images" ] && images=1

# kubectl with kustomize v4 or newer (kubectl 1.21+); KUSTOMIZE=/path/to/kustomize uses a standalone one.
kustomize_major() {
  kubectl version --client -o json 2>/dev/null | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{try{const v=JSON.parse(s).kustomizeVersion||"";console.log((v.match(/^v(\d+)/)||[0,0])[1])}catch{console.log(0)}})'
}
if [ -z "${KUSTOMIZE:-}" ]; then
  if ! command -v kubectl >/dev/null; then
    echo "[test:infra] installing kubectl (Debian kubernetes-client)…"
    apt-get -o DPkg::Lock::Timeout=600 install -y -q kubernetes-client >/dev/null || { apt-get -o DPkg::Lock::Timeout=600 update -q >/dev/null && apt-get -o DPkg::Lock::Timeout=600 install -y -q kubernetes-client >/dev/null; }
  fi
  if [ "$(kustomize_major)" -lt 4 ]; then
    echo "[test:infra] $(kubectl version --client --short 2>/dev/null || kubectl version --client | head -1)" >&2
    echo "[test:infra] this kubectl's kustomize is older than v4 (Debian bookworm's kubernetes-client 1.20 has v2.0.3)." >&2
    echo "[test:infra] Install kubectl 1.21 or newer, or set KUSTOMIZE to a kustomize v4+ binary." >&2
    exit 1
  fi
fi

# haproxy for the failover test (Debian's package).
if ! command -v haproxy >/dev/null && [ ! -x /usr/sbin/haproxy ]; then
  echo "[test:infra] installing haproxy (Debian)…"
  apt-get -o DPkg::Lock::Timeout=600 install -y -q haproxy >/dev/null || { apt-get -o DPkg::Lock::Timeout=600 update -q >/dev/null && apt-get -o DPkg::Lock::Timeout=600 install -y -q haproxy >/dev/null; }
fi
# The Debian package starts a haproxy service with its default configuration; the test runs its own.
# PgBouncer (tests/infra/pgbouncer.test.ts) and Debian's PostgreSQL with pg_dump/pg_restore
# (tests/infra/backup.test.ts): the embedded PostgreSQL package has no client tools.
need=()
command -v pgbouncer >/dev/null || need+=(pgbouncer)
[ -x /usr/lib/postgresql/15/bin/postgres ] || need+=(postgresql-15)
command -v pg_dump >/dev/null || need+=(postgresql-client)
if [ ${#need[@]} -gt 0 ]; then
  echo "[test:infra] installing ${need[*]} (Debian)…"
  apt-get -o DPkg::Lock::Timeout=600 install -y -q "${need[@]}" >/dev/null || { apt-get -o DPkg::Lock::Timeout=600 update -q >/dev/null && apt-get -o DPkg::Lock::Timeout=600 install -y -q "${need[@]}" >/dev/null; }
fi

mkdir -p tests/results
report=tests/results/.infra-jest.json
images_status=skipped
if [ "$images" = 1 ]; then
  command -v psql >/dev/null || apt-get -o DPkg::Lock::Timeout=600 install -y -q postgresql-client >/dev/null
  images_status=0
  bash infra/scripts/build-images.sh "${IMAGE_TAG:-0.1.0}" || images_status=$?
fi
status=0
if [ "$images_status" = 0 ]; then
  INFRA_IMAGES=1 node_modules/.bin/jest -c tests/infra/jest.config.js --runInBand --forceExit --json --outputFile="$report" || status=$?
else
  # In band: the failover test's load should not share the CPUs with other test files. forceExit:
  # a failed failover run may leave a socket open, and the results must still be written.
  node_modules/.bin/jest -c tests/infra/jest.config.js --runInBand --forceExit --json --outputFile="$report" || status=$?
fi

node infra/scripts/write-results.js "$report" "$images_status"
rm -f "$report"
[ $status -eq 0 ] || exit $status
[ "$images_status" = skipped ] || [ "$images_status" = 0 ] || exit 1
