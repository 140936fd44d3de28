#!/usr/bin/env bash
# Starts Debian's Virtuoso (virtuoso-opensource) on loopback with deploy/virtuoso/virtuoso.ini and
# waits until its SPARQL endpoint answers. Prints the data folder (where stop.sh finds the pid).
#   VIRTUOSO_DIR        data folder (default: a new temp folder); the load folder is $VIRTUOSO_DIR/load
#   VIRTUOSO_HTTP_PORT  SPARQL endpoint port (default 18690)
#   VIRTUOSO_ISQL_PORT  isql port (default 18611)
#   VIRTUOSO_BUFFERS    NumberOfBuffers (default 17000; ~85000 per GB of RAM to give it)
#   VIRTUOSO_RESULT_ROWS  ResultSetMaxRows, the most rows it answers a query (default 1000000;
#                       the service reads its graph in pages of 100000, so keep it above that)
#   VIRTUOSO_START_WAIT_S  how long to wait for the endpoint (default 60); on timeout the server is stopped
# Usage: dir="$(scripts/virtuoso/start.sh)"; …; scripts/virtuoso/stop.sh "$dir"
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
command -v virtuoso-t >/dev/null || { echo "virtuoso-t not found: apt-get install virtuoso-opensource" >&2; exit 3; }
dir="${VIRTUOSO_DIR:-$(mktemp -d /tmp/hrd-virtuoso.XXXXXX)}"
http_port="${VIRTUOSO_HTTP_PORT:-18690}"
isql_port="${VIRTUOSO_ISQL_PORT:-18611}"
buffers="${VIRTUOSO_BUFFERS:-17000}"
result_rows="${VIRTUOSO_RESULT_ROWS:-1000000}"
mkdir -p "$dir/load"
sed -e "s#@DATA_DIR@#$dir#g" -e "s#@LOAD_DIR@#$dir/load#g" -e "s#@HTTP_PORT@#$http_port#g" \
  -e "s#@ISQL_PORT@#$isql_port#g" -e "s#@BUFFERS@#$buffers#g" -e "s#@RESULT_ROWS@#$result_rows#g" -e "s#@DIRTY_BUFFERS@#$((buffers * 3 / 4))#g" \
  "$root/deploy/virtuoso/virtuoso.ini" > "$dir/virtuoso.ini"
# +foreground keeps it our child so the pid is exact; stop.sh ends it by that pid.
(cd "$dir" && exec virtuoso-t +foreground +configfile "$dir/virtuoso.ini" > "$dir/stdout.log" 2>&1) &
echo $! > "$dir/pid"
for _ in $(seq 1 $(( ${VIRTUOSO_START_WAIT_S:-60} * 4 ))); do
  if curl -fsS -o /dev/null "http://127.0.0.1:$http_port/sparql?query=ASK%7B%7D" 2>/dev/null; then
    echo "$dir"
    exit 0
  fi
  kill -0 "$(cat "$dir/pid")" 2>/dev/null || { echo "virtuoso exited:" >&2; tail -20 "$dir/virtuoso.log" >&2 || true; exit 1; }
  sleep 0.25
done
echo "virtuoso did not answer on port $http_port within ${VIRTUOSO_START_WAIT_S:-60} s; stopping it" >&2
tail -20 "$dir/virtuoso.log" >&2 || true
"$root/scripts/virtuoso/stop.sh" "$dir" --clean
exit 1
