#!/usr/bin/env bash
# Restores a dump made by scripts/backup.sh into a new, empty database, after checking that the
# data key at hand is the one the dump's identities were encrypted with (a dump restored
# without its key has every identity lost).
#
#   scripts/restore.sh <dump> <new database name>
#
# Connection and key as in backup.sh. The database must not exist yet; it is created here.
# With Docker Compose:
#   PG_RESTORE="docker compose exec -T db pg_restore" PSQL="docker compose exec -T db psql" \
#     PGUSER=drillbook_owner scripts/restore.sh backups/drillbook-….dump drillbook_restored
# Then point DB_URL at the new database and start Drillbook: it checks the key once more.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: scripts/restore.sh <dump> <new database name>" >&2
  exit 2
fi
dump=$1
target=$2
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
pg_restore_cmd=${PG_RESTORE:-pg_restore}
psql_cmd=${PSQL:-psql}

if ! [[ "$target" =~ ^[A-Za-z_][A-Za-z0-9_]{0,62}$ ]]; then
  echo "restore: '$target' is not a plain database name (letters, digits, _)" >&2
  exit 2
fi
if [ ! -s "$dump" ]; then
  echo "restore: no dump at $dump" >&2
  exit 2
fi

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=key-fingerprint.sh
. "$here/key-fingerprint.sh"
fingerprint=$(key_fingerprint)
if [ -f "$dump.key-fingerprint" ]; then
  expected=$(cat "$dump.key-fingerprint")
  if [ "$expected" != "$fingerprint" ]; then
    echo "restore: the data key at hand ($fingerprint) is not the one this dump was made with ($expected)." >&2
    echo "restore: set DRILLBOOK_DATA_KEY or DRILLBOOK_DATA_KEY_FILE to that key; nothing was restored." >&2
    exit 1
  fi
else
  echo "restore: $dump.key-fingerprint is missing, so the key cannot be checked before restoring;" >&2
  echo "restore: Drillbook checks it at its first start on the restored database." >&2
fi

# shellcheck disable=SC2086
$psql_cmd -v ON_ERROR_STOP=1 -q -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres \
  -c "CREATE DATABASE \"$target\" ENCODING 'UTF8' TEMPLATE template0"
# shellcheck disable=SC2086
$pg_restore_cmd --exit-on-error --no-owner --no-privileges -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$target" < "$dump"
echo "restore: $dump is in database $target; start Drillbook with DB_URL=jdbc:postgresql://$PGHOST:$PGPORT/$target"
