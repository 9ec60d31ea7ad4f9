#!/usr/bin/env bash
# A throw-away PostgreSQL 15 server for the test suite (CTest's "postgres" fixture):
#
#   bash scripts/test-postgres.sh start DIR   initdb into a new folder under /tmp, start there on
#                                            a free port with its socket beside it; writes
#                                            DIR/uri (the superuser's connection URI), DIR/port
#                                            and DIR/server (that folder)
#   bash scripts/test-postgres.sh stop DIR    stop the server, remove its folder and DIR
#
# The server's folder is under /tmp, not DIR: the server user must reach it (a clone under
# /root is closed to it), and a socket path may not exceed 107 bytes.
# The server runs as an unprivileged user (initdb refuses root): the caller when it is not
# root, otherwise the "postgres" account Debian's package creates, or "nobody". Durability is
# switched off (fsync, synchronous_commit): the data is thrown away, and the suite's time is
# spent on the tests, not on flushing. Nothing listens on TCP: the socket is the only way in.
set -euo pipefail

command=${1:-}
dir=${2:-}
if [ -z "$command" ] || [ -z "$dir" ]; then
    echo "usage: bash scripts/test-postgres.sh start|stop DIR" >&2
    exit 2
fi
dir=$(realpath -m "$dir") # the server resolves its socket folder from its data folder

bin=""
for candidate in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [ -x "$candidate/initdb" ]; then
        bin=$candidate
        break
    fi
done

as_server_user() {
    if [ "$(id -u)" -ne 0 ]; then
        "$@"
    else
        local user=postgres
        id "$user" >/dev/null 2>&1 || user=nobody
        runuser -u "$user" -- "$@"
    fi
}

server_user() {
    if [ "$(id -u)" -ne 0 ]; then
        id -un
    elif id postgres >/dev/null 2>&1; then
        echo postgres
    else
        echo nobody
    fi
}

free_port() {
    python3 - <<'EOF' 2>/dev/null && return
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
EOF
    # No Python: a port from the dynamic range that no socket file in /tmp uses.
    echo $((40000 + RANDOM % 20000))
}

case "$command" in
start)
    if [ -z "$bin" ]; then
        echo "test-postgres: PostgreSQL 15 is not installed (package postgresql-15);" \
            "run 'bash scripts/dev.sh test', which installs it" >&2
        exit 1
    fi
    # A server left by a run that was killed before its clean-up: stop it first.
    bash "$0" stop "$dir"
    mkdir -p "$dir"
    server=$(mktemp -d /tmp/gpucompare-postgres.XXXXXX)
    echo "$server" >"$dir/server"
    chown "$(server_user)" "$server"
    chmod 0755 "$server"
    as_server_user "$bin/initdb" -D "$server/data" -U postgres --auth=trust --encoding=UTF8 \
        --locale=C.UTF-8 --no-sync >"$server/initdb.log" 2>&1 || {
        cat "$server/initdb.log" >&2
        exit 1
    }
    port=$(free_port)
    as_server_user "$bin/pg_ctl" -D "$server/data" -l "$server/server.log" -w -t 60 start -o \
        "-p $port -k $server -c listen_addresses='' -c fsync=off -c synchronous_commit=off \
         -c full_page_writes=off -c max_connections=200" >/dev/null || {
        cat "$server/server.log" >&2
        exit 1
    }
    echo "$port" >"$dir/port"
    echo "postgresql://postgres@/postgres?host=$server&port=$port" >"$dir/uri"
    echo "test-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on" \
        "port $port, socket in $server"
    ;;
stop)
    server=$(cat "$dir/server" 2>/dev/null || true)
    if [ -n "$server" ] && [ -n "$bin" ] && [ -f "$server/data/postmaster.pid" ]; then
        as_server_user "$bin/pg_ctl" -D "$server/data" -m fast -w stop >/dev/null 2>&1 ||
            as_server_user "$bin/pg_ctl" -D "$server/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    case "$server" in /tmp/gpucompare-postgres.*) rm -rf "$server" ;; esac
    rm -rf "$dir"
    ;;
*)
    echo "usage: bash scripts/test-postgres.sh start|stop DIR" >&2
    exit 2
    ;;
esac
