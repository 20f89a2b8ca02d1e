#!/usr/bin/env bash
# Logical backup and restore of both databases with pg_dump / pg_restore (infra/README.md, "Backups").
#
#   infra/scripts/db-backup.sh dump <dir>      writes <dir>/school.dump, <dir>/district.dump, <dir>/MANIFEST
#   infra/scripts/db-backup.sh restore <dir>   restores them into EMPTY databases (create-databases.sql)
#
# Connections: SCHOOL_DATABASE_URL and DISTRICT_DATABASE_URL, as the services use them (the service
# roles own their databases, so they can dump and restore them; a superuser works too). Connect to
# PostgreSQL directly, not through PgBouncer.
# Tools: pg_dump/pg_restore/psql of the server's major version or newer: PG_BIN=/usr/lib/postgresql/17/bin,
# else the ones on PATH.
set -euo pipefail

usage() { echo "usage: $0 dump|restore <dir>" >&2; exit 2; }
[ $# -eq 2 ] || usage
action=$1 dir=$2
: "${SCHOOL_DATABASE_URL:?set SCHOOL_DATABASE_URL}" "${DISTRICT_DATABASE_URL:?set DISTRICT_DATABASE_URL}"
tool() { if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN/$1"; else command -v "$1"; fi; }
pg_dump=$(tool pg_dump) pg_restore=$(tool pg_restore) psql=$(tool psql)
log() { echo "[db-backup] $*" >&2; }

case $action in
  dump)
    mkdir -p "$dir"
    # School first, then district: a snapshot delivered in between is then pending in the school
    # dump and present in the district one, and after a restore the outbox delivers it again,
    # which the district ignores (idempotent by snapshot id). The other order could lose it.
    for db in school district; do
      var=${db^^}_DATABASE_URL
      log "dumping $db…"
      # Custom format: compressed, and pg_restore can pick objects or run in parallel (-j).
      "$pg_dump" --format=custom --no-owner --no-privileges --file="$dir/$db.dump.partial" "${!var}"
      mv "$dir/$db.dump.partial" "$dir/$db.dump"
    done
    {
      echo "taken_at: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
      echo "pg_dump: $("$pg_dump" --version)"
      echo "server: $("$psql" -XAtqc 'SHOW server_version' "$SCHOOL_DATABASE_URL")"
      for db in school district; do echo "$db.dump: $(wc -c <"$dir/$db.dump") bytes, sha256 $(sha256sum "$dir/$db.dump" | cut -d' ' -f1)"; done
    } >"$dir/MANIFEST"
    log "done: $dir"
    ;;
  restore)
    for db in school district; do
      [ -s "$dir/$db.dump" ] || { log "no $dir/$db.dump"; exit 1; }
      want=$(grep "^$db.dump:" "$dir/MANIFEST" | sed 's/.*sha256 //')
      [ "$want" = "$(sha256sum "$dir/$db.dump" | cut -d' ' -f1)" ] || { log "$db.dump does not match its MANIFEST checksum"; exit 1; }
    done
    for db in school district; do
      var=${db^^}_DATABASE_URL
      # Never over live data: the target must be empty (made by infra/postgres/create-databases.sql).
      tables=$("$psql" -XAtqc "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'" "${!var}")
      [ "$tables" = 0 ] || { log "the $db database is not empty ($tables tables): restore into a new, empty one"; exit 1; }
      log "restoring $db…"
      # One transaction: a restore that fails leaves the database empty, not half-filled.
      "$pg_restore" --no-owner --no-privileges --exit-on-error --single-transaction --dbname="${!var}" "$dir/$db.dump"
      "$psql" -XAtqc 'ANALYZE' "${!var}" >/dev/null
    done
    log "done. Start the services; they find the migrations current."
    ;;
  *) usage ;;
esac
