#!/usr/bin/env bash
# Drillbook's benchmark (not a test): for each size it builds a database of that many
# recruits with a year of signed-off sessions and results, starts the application on it,
# loads every main page with wrk at 8 and 32 connections, and prints one table: rate,
# p50 and p99 latency, and SQL statements per request (from pg_stat_statements).
#
#   bench/run.sh                      # 150, 5,000 and 50,000 recruits
#   SIZES="150 5000" DURATION=10s bench/run.sh
#   PAGES='dashboard|roster' bench/run.sh     # only the pages whose names match
#   BENCH_JAR=/tmp/before.jar bench/run.sh     # another build (default: package this checkout)
#
# Needs: a local PostgreSQL (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres) whose
# shared_preload_libraries holds pg_stat_statements (without it the SQL column says n/a),
# wrk (Debian: apt-get install wrk), psql, curl, and a JDK. Writes bench/results/<time>.md.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"150 5000 50000"}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-3s}
CONNECTIONS=${CONNECTIONS:-"8 32"}
PAGES=${PAGES:-.}
PORT=${BENCH_PORT:-18080}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
BASE=150   # the demo battalion; bigger sizes are a brigade of its copies

for tool in wrk psql curl java; do
  command -v "$tool" > /dev/null || { echo "bench: $tool is missing" >&2; exit 1; }
done
# the application as built from this checkout, unless BENCH_JAR names one
jar=${BENCH_JAR:-}
if [ -z "$jar" ]; then
  ./mvnw -q -DskipTests -DskipITs package
  jar=$(ls target/drillbook-*.jar | grep -v plain | head -1)
fi

mkdir -p bench/results
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out=bench/results/$stamp.md
log=bench/results/$stamp.log
: > "$log"
app_pid=

stop_app() {
  if [ -n "$app_pid" ]; then
    kill "$app_pid" 2> /dev/null || true
    wait "$app_pid" 2> /dev/null || true
    app_pid=
  fi
}
trap stop_app EXIT

# starts the application in demo mode on the database; sets $took to the seconds until the
# first page answered
start_app() {
  local db=$1 started
  started=$(date +%s.%N)
  DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" DB_USER=$PGUSER DRILLBOOK_DB=external \
    DRILLBOOK_DATA_KEY=$DATA_KEY SPRING_PROFILES_ACTIVE=demo PORT=$PORT \
    java -Xmx2g -jar "$jar" --drillbook.demo.recruits=$BASE >> "$log" 2>&1 &
  app_pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$PORT/login"; do
    kill -0 "$app_pid" 2> /dev/null || { echo "bench: the application stopped, see $log" >&2; exit 1; }
    sleep 0.2
  done
  took=$(awk "BEGIN { print $(date +%s.%N) - $started }")
}

# the demo seeder's last step is the trainee's sign-in: wait for it
wait_for_seed() {
  local db=$1
  until [ "$(psql -qAt -d "$db" -c "select count(*) from user_account where username = 'trainee'" 2> /dev/null)" = 1 ]; do
    sleep 1
  done
}

sign_in() {
  local jar_file=$1 csrf
  csrf=$(curl -s -c "$jar_file" "http://127.0.0.1:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -b "$jar_file" -c "$jar_file" -o /dev/null \
    --data-urlencode "username=admin" --data-urlencode "password=drillbook-demo" --data-urlencode "_csrf=$csrf" \
    "http://127.0.0.1:$PORT/login"
  awk '$6 == "SESSION" { print $7 }' "$jar_file"
}

sql_per_request() {
  local db=$1 requests=$2
  if [ "$STATEMENTS" != yes ] || [ "$requests" -eq 0 ]; then echo "n/a"; return; fi
  psql -qAt -d "$db" -c "select round(coalesce(sum(calls), 0)::numeric / $requests, 1) from pg_stat_statements
    where dbid = (select oid from pg_database where datname = current_database())
      and query not like '%pg_stat_statements%'
      and query !~* '^\\s*(begin|commit|rollback|set|show|savepoint|release)'"
}

# wrk's latency percentiles (12.3us, 4.5ms, 1.2s) in milliseconds
MILLIS='$1 == p { v = $2; f = 1; if (v ~ /us$/) f = 0.001; else if (v ~ /ms$/) f = 1; else if (v ~ /s$/) f = 1000;
  sub(/[a-z]+$/, "", v); printf "%.1f", v * f }'

printf '| page | recruits | connections | requests/s | p50 ms | p99 ms | SQL per request | failed |\n' > "$out"
printf '|---|---:|---:|---:|---:|---:|---:|---:|\n' >> "$out"
declare -A coldstart seeding

for size in $SIZES; do
  db=drillbook_bench_$size
  DATA_KEY=$(head -c 32 /dev/urandom | base64)
  dropdb --if-exists "$db" && createdb "$db"
  started=$(date +%s.%N)
  start_app "$db"
  wait_for_seed "$db"
  stop_app
  psql -q -v ON_ERROR_STOP=1 -v copies=$(( (size + BASE - 1) / BASE )) -d "$db" -f bench/scale.sql >> "$log"
  seeding[$size]=$(awk "BEGIN { print $(date +%s.%N) - $started }")
  echo "bench: $size recruits built in ${seeding[$size]} s" >&2
  psql -q -d "$db" -c "vacuum analyze" >> "$log"
  STATEMENTS=no
  if psql -qAt -d "$db" -c "create extension if not exists pg_stat_statements; select pg_stat_statements_reset()" > /dev/null 2>&1; then
    STATEMENTS=yes
  fi
  start_app "$db"
  coldstart[$size]=$took
  wait_for_seed "$db"
  session=$(sign_in "$(mktemp)")
  ids=$(psql -qAt -F'|' -d "$db" -c "
    select (select id from unit where code = '1VB'),
           (select id from unit where code = '1VB-A'),
           (select m.recruit_id from membership m join unit u on u.id = m.unit_id
             where u.code like '1VB-%' and m.valid_to is null order by m.recruit_id limit 1),
           (select s.id from drill_session s join unit u on u.id = s.unit_id
             where u.code like '1VB-%' and s.status = 'SIGNED_OFF' order by s.starts_at desc limit 1),
           (select id from unit where code = 'BDE')")
  IFS='|' read -r battalion company recruit sessionid brigade <<< "$ids"
  pages=(
    "dashboard /"
    "recruits /recruits"
    "recruit /recruits/$recruit"
    "training-record /recruits/$recruit/training"
    "units /units"
    "unit /units/$company"
    "roster-battalion /units/$battalion/roster"
    "roster-brigade /units/$brigade/roster"
    "readiness-overview /readiness"
    "unit-readiness /readiness/units/$battalion"
    "sessions /sessions"
    "session /sessions/$sessionid"
    "drills /drills"
    "armory /armory"
  )
  for entry in "${pages[@]}"; do
    name=${entry%% *}
    path=${entry#* }
    [[ $name =~ $PAGES ]] || continue
    url="http://127.0.0.1:$PORT$path?lang=en"
    wrk -t2 -c8 -d"$WARMUP" -H "Cookie: SESSION=$session" "$url" > /dev/null
    for c in $CONNECTIONS; do
      [ "$STATEMENTS" = yes ] && psql -qAt -d "$db" -c "select pg_stat_statements_reset()" > /dev/null
      result=$(wrk -t2 -c"$c" -d"$DURATION" --latency -H "Cookie: SESSION=$session" "$url")
      echo "$name $size $c" >> "$log"; echo "$result" >> "$log"
      rate=$(echo "$result" | awk '/Requests\/sec/ { printf "%.0f", $2 }')
      requests=$(echo "$result" | awk '/requests in/ { print $1 }')
      p50=$(echo "$result" | awk -v p=50% "$MILLIS")
      p99=$(echo "$result" | awk -v p=99% "$MILLIS")
      # answers other than 2xx/3xx (503: no database connection within 2 s) and timeouts (wrk's 2 s)
      failed=$(echo "$result" | awk '/Non-2xx/ { n += $5 } /Socket errors/ { n += $NF } END { print n + 0 }')
      printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$size" "$c" "$rate" "$p50" "$p99" \
        "$(sql_per_request "$db" "$requests")" "$failed" >> "$out"
    done
  done
  stop_app
done

{
  echo
  echo "| recruits | building the dataset (s) | cold start to the sign-in page (s) |"
  echo "|---:|---:|---:|"
  for size in $SIZES; do printf '| %s | %.0f | %.1f |\n' "$size" "${seeding[$size]}" "${coldstart[$size]}"; done
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB; $(java -version 2>&1 | head -1);" \
    "PostgreSQL $(psql -qAt -c 'show server_version'); wrk $DURATION per run after a $WARMUP warm-up."
} >> "$out"
cat "$out"
echo "bench: the table is in $out, wrk's output in $log"
