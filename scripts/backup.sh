#!/usr/bin/env bash
# Backs up Drillbook's database: a pg_dump in custom format, and beside it the fingerprint of
# the data key the identities in it are encrypted with (never the key itself: keep the key
# apart from the dumps, see README.md, "Operating Drillbook").
#
#   scripts/backup.sh [directory]        # default: ./backups
#
# Connection: the usual libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE;
# defaults 127.0.0.1, 5432, postgres, drillbook). The key: DRILLBOOK_DATA_KEY, or the file in
# DRILLBOOK_DATA_KEY_FILE (default ~/.drillbook/data.key). With Docker Compose:
#   PG_DUMP="docker compose exec -T db pg_dump" PGUSER=drillbook_owner scripts/backup.sh
set -euo pipefail

dir=${1:-./backups}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGDATABASE=${PGDATABASE:-drillbook}
pg_dump_cmd=${PG_DUMP:-pg_dump}

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=key-fingerprint.sh
. "$here/key-fingerprint.sh"
fingerprint=$(key_fingerprint)

mkdir -p "$dir"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
dump="$dir/drillbook-$stamp.dump"
# shellcheck disable=SC2086
$pg_dump_cmd --format=custom --no-owner --no-privileges -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" "$PGDATABASE" > "$dump.partial"
mv "$dump.partial" "$dump"
echo "$fingerprint" > "$dump.key-fingerprint"
echo "backup: $dump ($(du -h "$dump" | cut -f1)), data key fingerprint $fingerprint"
