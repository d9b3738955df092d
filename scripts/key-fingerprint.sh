#!/usr/bin/env bash
# Sourced by backup.sh and restore.sh: prints the fingerprint (first 16 hex digits of the
# SHA-256 of the key's bytes) of the data key Drillbook would use, taken from
# DRILLBOOK_DATA_KEY or the file DRILLBOOK_DATA_KEY_FILE (default ~/.drillbook/data.key).
key_fingerprint() {
  local key
  if [ -n "${DRILLBOOK_DATA_KEY:-}" ]; then
    key=$DRILLBOOK_DATA_KEY
  else
    local file=${DRILLBOOK_DATA_KEY_FILE:-$HOME/.drillbook/data.key}
    if [ ! -r "$file" ]; then
      echo "no data key: set DRILLBOOK_DATA_KEY or DRILLBOOK_DATA_KEY_FILE (looked for $file)" >&2
      return 1
    fi
    key=$(cat "$file")
  fi
  printf '%s' "$key" | tr -d '[:space:]' | base64 -d | sha256sum | cut -c1-16
}
