#!/bin/sh
# Runs once, when the database volume is first created: a least-privileged role for the
# application. It may read and write data but not change the schema.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app_password="$DRILLBOOK_APP_PASSWORD" <<'SQL'
CREATE ROLE drillbook_app LOGIN PASSWORD :'app_password';
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO drillbook_app;
ALTER DEFAULT PRIVILEGES FOR ROLE drillbook_owner IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO drillbook_app;
ALTER DEFAULT PRIVILEGES FOR ROLE drillbook_owner IN SCHEMA public
  GRANT USAGE, SELECT ON SEQUENCES TO drillbook_app;
SQL
