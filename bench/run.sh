#!/usr/bin/env bash
# Drillbook's benchmark (not a test): for each size it builds a database of that many
# recruits with a year of signed-off sessions and results, starts the application on each
# (one per size, all running, extracted with a class data sharing archive as the Docker image
# runs it), loads every main page with wrk at 8 and 32 connections, the
# sizes taking turns, and prints one table: rate, rate against the smallest size, p50 and
# p99 latency, and SQL statements per request (from pg_stat_statements).
#
#   bench/run.sh                      # 150, 5,000 and 50,000 recruits
#   SIZES="150 5000" DURATION=5s ROUNDS=1 bench/run.sh
#   PAGES='dashboard|roster' bench/run.sh     # only the pages whose names match
#   BENCH_JAR=/tmp/before.jar bench/run.sh     # another build (default: package this checkout)
#   BENCH_DATA_KEY=$(head -c 32 /dev/urandom | base64) bench/run.sh   # keep the key to start the
#                                     # app again on a drillbook_bench_* database afterwards
#   BENCH_REUSE=yes BENCH_DATA_KEY=... bench/run.sh   # measure again on the databases built
#                                     # before with that key (after a code change, say)
#   SESSIONS=8 bench/run.sh           # signed-in sessions per application (default 32): wrk's
#                                     # requests take them in turn, as many people would
#
# Needs: a local PostgreSQL (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres) whose
# shared_preload_libraries holds pg_stat_statements (without it the SQL column says n/a),
# wrk (Debian: apt-get install wrk), psql, curl, and a JDK. Writes bench/results/<time>.md.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"150 5000 50000"}
DURATION=${DURATION:-10s}
ROUNDS=${ROUNDS:-2}
REUSE=${BENCH_REUSE:-no}
WARMUP=${WARMUP:-3s}
CONNECTIONS=${CONNECTIONS:-"8 32"}
PAGES=${PAGES:-.}
PORT=${BENCH_PORT:-18080}
SESSIONS=${SESSIONS:-32}
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
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# the application as the Docker image runs it: extracted, with a class data sharing archive
# from a training run (scripts/fast-start.sh), so that the cold start measured is the image's
scripts/fast-start.sh "$jar" "$work/app" >> "$log" 2>&1
app_jar=$work/app/$(basename "$jar")
# wrk's requests take the signed-in sessions in turn: one person's session read and written by
# every connection at once would measure the wait for its row lock, not the page
cat > "$work/sessions.lua" <<'LUA'
local cookies = {}
for line in io.lines(os.getenv("BENCH_COOKIES")) do cookies[#cookies + 1] = line end
local threads = 0
function setup(thread)
  thread:set("offset", threads)
  threads = threads + 1
end
local n = 0
function request()
  n = n + 1
  return wrk.format(nil, nil, { ["Cookie"] = "SESSION=" .. cookies[((n * 2 + (offset or 0)) % #cookies) + 1] })
end
LUA

declare -A app_pids
stop_apps() {
  local pid
  for pid in "${app_pids[@]}"; do kill "$pid" 2> /dev/null || true; done
  for pid in "${app_pids[@]}"; do wait "$pid" 2> /dev/null || true; done
  app_pids=()
}
trap 'stop_apps; rm -rf "$work"' EXIT

# starts the application in demo mode on the database of a size, on its own port; sets
# $took to the seconds until the sign-in page answered
start_app() {
  local size=$1 port=$2 started pid
  started=$(date +%s.%N)
  DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/drillbook_bench_$size" DB_USER=$PGUSER DRILLBOOK_DB=external \
    DRILLBOOK_DATA_KEY=$DATA_KEY SPRING_PROFILES_ACTIVE=demo PORT=$port DRILLBOOK_MANAGEMENT_PORT=$(( port + 100 )) \
    java -XX:SharedArchiveFile="$work/app/drillbook.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -Xmx2g \
      -jar "$app_jar" --drillbook.demo.recruits=$BASE >> "$log" 2>&1 &
  pid=$!
  app_pids[$size]=$pid
  until curl -fs -o /dev/null "http://127.0.0.1:$port/login"; do
    kill -0 "$pid" 2> /dev/null || { echo "bench: the application stopped, see $log" >&2; exit 1; }
    sleep 0.2
  done
  took=$(awk "BEGIN { print $(date +%s.%N) - $started }")
}

stop_app() {
  local size=$1
  kill "${app_pids[$size]}" 2> /dev/null || true
  wait "${app_pids[$size]}" 2> /dev/null || true
  unset "app_pids[$size]"
}

# the demo seeder's last step is the trainee's sign-in: wait for it
wait_for_seed() {
  local db=$1
  until [ "$(psql -qAt -d "$db" -c "select count(*) from user_account where username = 'trainee'" 2> /dev/null)" = 1 ]; do
    sleep 1
  done
}

sign_in() {
  local port=$1 jar_file csrf
  jar_file=$(mktemp)
  csrf=$(curl -s -c "$jar_file" "http://127.0.0.1:$port/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -b "$jar_file" -c "$jar_file" -o /dev/null \
    --data-urlencode "username=admin" --data-urlencode "password=drillbook-demo" --data-urlencode "_csrf=$csrf" \
    "http://127.0.0.1:$port/login"
  # the language is chosen once, as a person does, not asked for on every request
  curl -s -b "$jar_file" -o /dev/null "http://127.0.0.1:$port/?lang=en"
  awk '$6 == "SESSION" { print $7 }' "$jar_file"
  rm -f "$jar_file"
}

# wrk against a URL with the sessions of a size taken in turn: load <size> <connections> <duration> <url> [wrk options]
load() {
  local size=$1 c=$2 d=$3 url=$4
  shift 4
  BENCH_COOKIES="$work/cookies-$size" wrk -t2 -c"$c" -d"$d" -s "$work/sessions.lua" "$@" "$url"
}

# statements run in a database since the last reset (pg_stat_statements)
sql_calls() {
  local db=$1
  psql -qAt -d "$db" -c "select coalesce(sum(calls), 0) from pg_stat_statements
    where dbid = (select oid from pg_database where datname = current_database())
      and query not like '%pg_stat_statements%'
      and query !~* '^\\s*(begin|commit|rollback|set|show|savepoint|release)'"
}

# wrk's latency percentiles (12.3us, 4.5ms, 1.2s) in milliseconds
MILLIS='$1 == p { v = $2; f = 1; if (v ~ /us$/) f = 0.001; else if (v ~ /ms$/) f = 1; else if (v ~ /s$/) f = 1000;
  sub(/[a-z]+$/, "", v); printf "%.1f", v * f }'

declare -A coldstart seeding port paths
DATA_KEY=${BENCH_DATA_KEY:-$(head -c 32 /dev/urandom | base64)}

# 1. the datasets, one after the other
for size in $SIZES; do
  db=drillbook_bench_$size
  if [ "$REUSE" = yes ] && psql -qAt -d "$db" -c "select 1 from unit where code = 'BDE'" > /dev/null 2>&1; then
    seeding[$size]=reused
    echo "bench: $size recruits: the database is reused" >&2
    continue
  fi
  dropdb --if-exists "$db" && createdb "$db"
  started=$(date +%s.%N)
  start_app "$size" "$PORT"
  wait_for_seed "$db"
  stop_app "$size"
  psql -q -v ON_ERROR_STOP=1 -v copies=$(( (size + BASE - 1) / BASE )) -d "$db" -f bench/scale.sql >> "$log"
  seeding[$size]=$(awk "BEGIN { printf \"%.0f\", $(date +%s.%N) - $started }")
  echo "bench: $size recruits built in ${seeding[$size]} s" >&2
  psql -q -d "$db" -c "vacuum analyze" >> "$log"
done

# 2. one application per size, all running, each started while the others are idle
STATEMENTS=no
n=0
for size in $SIZES; do
  db=drillbook_bench_$size
  if psql -qAt -d "$db" -c "create extension if not exists pg_stat_statements; select pg_stat_statements_reset()" > /dev/null 2>&1; then
    STATEMENTS=yes
  fi
  port[$size]=$(( PORT + n )); n=$(( n + 1 ))
  start_app "$size" "${port[$size]}"
  coldstart[$size]=$took
  wait_for_seed "$db"
  : > "$work/cookies-$size"
  for i in $(seq "$SESSIONS"); do sign_in "${port[$size]}" >> "$work/cookies-$size"; done
  ids=$(psql -qAt -F'|' -d "$db" -c "
    select (select id from unit where code = '1VB'),
           (select id from unit where code = '1VB-A'),
           (select m.recruit_id from membership m join unit u on u.id = m.unit_id
             where u.code like '1VB-%' and m.valid_to is null order by m.recruit_id limit 1),
           (select s.id from drill_session s join unit u on u.id = s.unit_id
             where u.code like '1VB-%' and s.status = 'SIGNED_OFF' order by s.starts_at desc limit 1),
           (select id from unit where code = 'BDE')")
  IFS='|' read -r battalion company recruit sessionid brigade <<< "$ids"
  paths[$size]="
dashboard /
recruits /recruits
recruit /recruits/$recruit
training-record /recruits/$recruit/training
units /units
units-40 /units?size=40
unit /units/$company
roster-battalion /units/$battalion/roster
roster-brigade /units/$brigade/roster
readiness-overview /readiness
readiness-overview-40 /readiness?size=40
unit-readiness /readiness/units/$battalion
sessions /sessions
sessions-past /sessions?past=true
session /sessions/$sessionid
drills /drills
armory /armory"
done

# 3. a first pass over every page of every application, so that no page is measured
# while the JIT is still compiling what all pages share
first=${SIZES%% *}
names=$(echo "${paths[$first]}" | awk 'NF { print $1 }')
for size in $SIZES; do
  for name in $names; do
    [[ $name =~ $PAGES ]] || continue
    path=$(echo "${paths[$size]}" | awk -v n="$name" '$1 == n { print $2 }')
    load "$size" 8 "$WARMUP" "http://127.0.0.1:${port[$size]}$path" > /dev/null
  done
done

# 4. every page at every size, the sizes taking turns ROUNDS times, so that a slower or
# faster minute of a shared machine falls on all sizes alike (every second round backwards)
printf '| page | recruits | connections | requests/s | ÷ %s recruits | p50 ms | p99 ms | SQL per request | failed |\n' "$first" > "$out"
printf '|---|---:|---:|---:|---:|---:|---:|---:|---:|\n' >> "$out"
for name in $names; do
  [[ $name =~ $PAGES ]] || continue
  declare -A url=()
  for size in $SIZES; do
    url[$size]="http://127.0.0.1:${port[$size]}$(echo "${paths[$size]}" | awk -v n="$name" '$1 == n { print $2 }')"
    load "$size" 8 "$WARMUP" "${url[$size]}" > /dev/null
  done
  for c in $CONNECTIONS; do
    declare -A requests=() seconds=() calls=() p50=() p99=() failed=()
    for round in $(seq "$ROUNDS"); do
      # the turns go 150, 5,000, 50,000 and then back, so that a machine that grows slower or
      # faster during a page's measurement does not favour the size measured first
      turn=$SIZES
      (( round % 2 == 0 )) && turn=$(echo "$SIZES" | tr ' ' '\n' | tac | tr '\n' ' ')
      for size in $turn; do
        db=drillbook_bench_$size
        [ "$STATEMENTS" = yes ] && psql -qAt -d "$db" -c "select pg_stat_statements_reset()" > /dev/null
        result=$(load "$size" "$c" "$DURATION" "${url[$size]}" --latency)
        echo "$name $size $c round $round" >> "$log"; echo "$result" >> "$log"
        requests[$size]=$(( ${requests[$size]:-0} + $(echo "$result" | awk '/requests in/ { print $1 }') ))
        seconds[$size]=$(awk -v a="${seconds[$size]:-0}" -v b="$(echo "$result" | awk '/requests in/ { print $4 }')" \
          'BEGIN { v = b; f = 1; if (v ~ /ms,?$/) f = 0.001; else if (v ~ /m,?$/) f = 60; sub(/[a-z,]+$/, "", v); print a + v * f }')
        [ "$STATEMENTS" = yes ] && calls[$size]=$(( ${calls[$size]:-0} + $(sql_calls "$db") ))
        # per round: the p50 is averaged, the p99 is the worst
        p50[$size]=$(awk -v a="${p50[$size]:-0}" -v b="$(echo "$result" | awk -v p=50% "$MILLIS")" -v r="$ROUNDS" 'BEGIN { printf "%.1f", a + b / r }')
        p99[$size]=$(awk -v a="${p99[$size]:-0}" -v b="$(echo "$result" | awk -v p=99% "$MILLIS")" 'BEGIN { printf "%.1f", (b > a) ? b : a }')
        # answers other than 2xx/3xx (503: no database connection within 2 s) and timeouts (wrk's 2 s)
        failed[$size]=$(( ${failed[$size]:-0} + $(echo "$result" | awk '/Non-2xx/ { n += $5 } /Socket errors/ { n += $NF } END { print n + 0 }') ))
      done
    done
    for size in $SIZES; do
      rate=$(awk -v r="${requests[$size]}" -v s="${seconds[$size]}" 'BEGIN { printf "%.0f", r / s }')
      [ "$size" = "$first" ] && base_rate=$rate
      ratio=$(awk -v a="$rate" -v b="$base_rate" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')
      sql=n/a
      [ "$STATEMENTS" = yes ] && [ "${requests[$size]}" -gt 0 ] && sql=$(awk -v a="${calls[$size]}" -v b="${requests[$size]}" 'BEGIN { printf "%.1f", a / b }')
      printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$size" "$c" "$rate" "$ratio" "${p50[$size]}" \
        "${p99[$size]}" "$sql" "${failed[$size]}" >> "$out"
    done
  done
done
stop_apps

{
  echo
  echo "| recruits | building the dataset (s) | cold start to the sign-in page, as the image starts (s) |"
  echo "|---:|---:|---:|"
  for size in $SIZES; do printf '| %s | %s | %.1f |\n' "$size" "${seeding[$size]}" "${coldstart[$size]}"; done
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB; $(java -version 2>&1 | head -1);" \
    "PostgreSQL $(psql -qAt -c 'show server_version'), shared_buffers $(psql -qAt -c 'show shared_buffers');" \
    "wrk $DURATION per run after a $WARMUP warm-up, $ROUNDS rounds with the sizes taking turns, $SESSIONS signed-in sessions taken in turn."
} >> "$out"
cat "$out"
echo "bench: the table is in $out, wrk's output in $log"
