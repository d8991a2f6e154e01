#!/usr/bin/env bash
# Page benchmark: a news article of a demo site (a) from the page cache, (b) with the cache off
# (GWEB_PAGE_CACHE=off, a second start of the platform) and (c) the same HTML as a static file
# served by nginx, with the same wrk threads, connections and duration for all three, in one run;
# (a) is also measured through the servlet container, to show what the listener's front saves.
# With the cache off every request renders its page, with the layout's sitewide parts (banner,
# header, navigation, footer) written as kept, as on any page the cache does not hold.
# Starts the platform itself (README command 1's jar, built first if missing) on spare ports with
# a fresh data folder; installs wrk and nginx with apt-get when they are missing.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../../../.." && pwd)"
JAR="$ROOT/platform/web/target/gweb.jar"
HOST="${BENCH_HOST:-mtc.localhost}"
ARTICLE="${BENCH_PATH:-/news/asean-digital-ministers-meeting-2026}"
THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
DURATION="${BENCH_DURATION:-20s}"
# The JIT needs about half a minute of traffic before a path runs at its steady speed: after a
# 5 s warm-up the same page measured 2,294 (cached) and 114 (rendered) requests/s, after 30 s
# 2,776 and 199, on the same quiet machine.
WARMUP="${BENCH_WARMUP:-30s}"
PLATFORM_PORT="${BENCH_PLATFORM_PORT:-18580}"
NGINX_PORT="${BENCH_NGINX_PORT:-18581}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/gweb-bench.XXXXXX")"
# nginx's workers run as another user when started by root: they must be able to read the page.
chmod 755 "$WORK"
PLATFORM_PID=""
NGINX_PID=""

cleanup() {
    [ -n "$PLATFORM_PID" ] && kill "$PLATFORM_PID" 2>/dev/null && wait "$PLATFORM_PID" 2>/dev/null || true
    [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

need() {
    command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ] || {
        echo "Installing $2 (Debian package)"
        apt-get install -y -q "$2" >/dev/null
    }
}
need wrk wrk
need nginx nginx-light
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

if [ ! -f "$JAR" ]; then
    (cd "$ROOT" && mvn -q -DskipTests package)
fi

start_platform() {
    echo "Starting the platform (GWEB_PAGE_CACHE=$1) on port $PLATFORM_PORT"
    GWEB_DATA_DIR="$WORK/data" GWEB_TENANTS_DIR="$ROOT/tenants" GWEB_PAGE_CACHE="$1" \
        java -jar "$JAR" --port "$PLATFORM_PORT" --nocluster >"$WORK/platform-$1.log" 2>&1 &
    PLATFORM_PID=$!
    for _ in $(seq 1 600); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Host: $HOST" "http://127.0.0.1:$PLATFORM_PORT$ARTICLE")" = 200 ]; then
            return
        fi
        sleep 1
    done
    echo "The platform did not serve $ARTICLE; see $WORK/platform-$1.log" >&2
    exit 1
}

stop_platform() {
    kill "$PLATFORM_PID"
    wait "$PLATFORM_PID" 2>/dev/null || true
    PLATFORM_PID=""
}

# CPU time a process has used, in clock ticks (user and system).
cpu_ticks() {
    awk '{print $14 + $15}' "/proc/$1/stat"
}

# Prints "requests/s p50 p99 cpu" for one target, after a warm-up of the same shape. cpu is the
# platform's CPU milliseconds per request ("-" for nginx): unlike requests per second it hardly
# moves when a neighbour on this shared machine takes CPU time, so it compares runs.
measure() {
    local url="$1" header="$2" pid="${3:-}" before
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "$header" "$url" >/dev/null
    [ -n "$pid" ] && before="$(cpu_ticks "$pid")"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "$header" "$url" >"$WORK/wrk.out"
    local cpu="-"
    if [ -n "$pid" ]; then
        cpu="$(awk -v ticks="$(( $(cpu_ticks "$pid") - before ))" -v hz="$(getconf CLK_TCK)" \
            '/requests in/ {printf "%.2f", ticks * 1000 / hz / $1}' "$WORK/wrk.out")"
    fi
    if grep -q 'Non-2xx' "$WORK/wrk.out"; then
        echo "wrk got error answers from $url:" >&2
        cat "$WORK/wrk.out" >&2
        exit 1
    fi
    grep 'Socket errors' "$WORK/wrk.out" | sed "s|^|  $url: |" >&2 || true
    awk -v cpu="$cpu" '/Requests\/sec/ {rps=$2} $1=="50%" {p50=$2} $1=="99%" {p99=$2} END {print rps, p50, p99, cpu}' \
        "$WORK/wrk.out"
}

start_platform on
mkdir -p "$WORK/www$(dirname "$ARTICLE")"
curl -s -H "Host: $HOST" "http://127.0.0.1:$PLATFORM_PORT$ARTICLE" >"$WORK/www$ARTICLE"
echo "Article: $(wc -c <"$WORK/www$ARTICLE") bytes of HTML"
cat >"$WORK/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    default_type text/html;
    client_body_temp_path $WORK/nginx-tmp;
    proxy_temp_path $WORK/nginx-tmp;
    fastcgi_temp_path $WORK/nginx-tmp;
    uwsgi_temp_path $WORK/nginx-tmp;
    scgi_temp_path $WORK/nginx-tmp;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/www;
    }
}
CONF
mkdir -p "$WORK/nginx-tmp"
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK" &
NGINX_PID=$!
sleep 1

echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION after a warm-up of $WARMUP, Host: $HOST, $ARTICLE"
read -r A_RPS A_P50 A_P99 A_CPU < <(measure "http://127.0.0.1:$PLATFORM_PORT$ARTICLE" "Host: $HOST" "$PLATFORM_PID")
# The same kept page through the servlet container, as a reference for what the listener's front
# saves: the front leaves a path with a path parameter to the container, which drops the parameter
# and finds the page under the same key.
read -r S_RPS S_P50 S_P99 S_CPU < <(measure "http://127.0.0.1:$PLATFORM_PORT$ARTICLE;via=container" "Host: $HOST" \
    "$PLATFORM_PID")
read -r C_RPS C_P50 C_P99 C_CPU < <(measure "http://127.0.0.1:$NGINX_PORT$ARTICLE" "Host: static")
kill "$NGINX_PID"; NGINX_PID=""
stop_platform

start_platform off
read -r B_RPS B_P50 B_P99 B_CPU < <(measure "http://127.0.0.1:$PLATFORM_PORT$ARTICLE" "Host: $HOST" "$PLATFORM_PID")
stop_platform

printf '\n%-28s %12s %10s %10s %14s\n' "target" "requests/s" "p50" "p99" "CPU ms/request"
printf '%-28s %12s %10s %10s %14s\n' "(a) page cache" "$A_RPS" "$A_P50" "$A_P99" "$A_CPU"
printf '%-28s %12s %10s %10s %14s\n' "    via the container" "$S_RPS" "$S_P50" "$S_P99" "$S_CPU"
printf '%-28s %12s %10s %10s %14s\n' "(b) cache off" "$B_RPS" "$B_P50" "$B_P99" "$B_CPU"
printf '%-28s %12s %10s %10s %14s\n' "(c) nginx static file" "$C_RPS" "$C_P50" "$C_P99" "$C_CPU"
awk -v a="$A_RPS" -v b="$B_RPS" -v c="$C_RPS" -v s="$S_RPS" 'BEGIN {
    printf "\na/c = %.2f (target >= 0.50)   b = %.0f requests/s (target >= 1000)   a/b = %.1f   front/container = %.1f\n",
        a / c, b, a / b, a / s }'
