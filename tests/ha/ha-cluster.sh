#!/usr/bin/env bash
# Sourced by the tests of tests/ha: a throwaway high-availability cluster on 127.0.0.1 —
# one etcd member and two PostgreSQL 15 servers, each run by its own Patroni, with
# synchronous replication (Patroni's synchronous_mode). Everything lives in $HA_DIR and
# ha_cleanup removes it. docs/operations.md ("High availability") explains the settings.
#
#   ha_start             etcd + node1 + node2; returns when a leader and a sync standby run
#   ha_url               the multi-host libpq URL (target_session_attrs=read-write)
#   ha_leader            the name of the node that is primary now (empty if none)
#   ha_wait_sync_pair    waits until a leader runs and the other node is its sync standby
#   ha_kill_primary      SIGKILLs the primary's postmaster; prints the kill time (epoch ms)
#   ha_promoted          true once a node other than the last one killed is primary
#   ha_set_sync on|off   Patroni's synchronous_mode, waiting until the primary applies it
#   ha_guard_old_primary NODE [SECONDS]  the split-brain check: writes to the crashed primary
#                        are refused until it has rejoined as synchronous standby
#   ha_cleanup           stops everything and removes $HA_DIR

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
HA_NODES=(node1 node2)

# As root, programs run as postgres (initdb refuses root). "${HA_AS_PG[@]}" prog & is a
# simple command, so $! is the daemon's own pid (env and setpriv exec it) and TERM reaches it.
# They start in HA_DIR: the caller's directory may be closed to postgres (a checkout under
# /root), and Patroni's worker processes chdir back to it and die.
ha_as_pg_prefix() {
  HA_AS_PG=()
  if [[ $EUID -eq 0 ]]; then
    HA_AS_PG=(env -C "$HA_DIR" "HOME=$HA_DIR" setpriv --reuid=postgres --regid=postgres --init-groups --)
  fi
}
as_pg() { "${HA_AS_PG[@]}" "$@"; }

ha_log() { echo "ha: $(date -u +%H:%M:%S.%3N) $*" >&2; }

ha_require() {
  local missing=()
  [[ -x /usr/bin/patroni ]] || missing+=(patroni)
  [[ -x /usr/bin/etcd ]] || missing+=(etcd-server)
  [[ -x /usr/bin/curl ]] || missing+=(curl)
  [[ -x "$PG_BIN/initdb" ]] || missing+=(postgresql-15)
  if ((${#missing[@]})); then
    echo "ha: missing Debian packages: ${missing[*]} (packaging/bootstrap.sh installs them)" >&2
    return 1
  fi
}

# TCP ports above Linux's ephemeral range (32768-60999), below pgbouncer-cluster.sh's
# 63000-64999 (the two tests may run at once); a busy port fails the start loudly.
ha_ports() {
  local base=$((61000 + (RANDOM % 200) * 10))
  HA_ETCD_CLIENT=$base HA_ETCD_PEER=$((base + 1))
  HA_PG_PORT=([node1]=$((base + 2)) [node2]=$((base + 3)))
  HA_REST_PORT=([node1]=$((base + 4)) [node2]=$((base + 5)))
}

ha_write_patroni_config() {
  local node=$1
  cat >"$HA_DIR/$node.yml" <<YAML
scope: kiosk-ha
name: $node
log:
  dir: $HA_DIR/log-$node
  level: INFO
restapi:
  listen: 127.0.0.1:${HA_REST_PORT[$node]}
  connect_address: 127.0.0.1:${HA_REST_PORT[$node]}
etcd3:
  hosts: 127.0.0.1:$HA_ETCD_CLIENT
bootstrap:
  dcs:
    # A leader that stops renewing its key loses it after ttl; a crashed primary hands over
    # at once (primary_start_timeout 0) instead of trying to restart in place.
    ttl: 20
    loop_wait: 1
    retry_timeout: 5
    primary_start_timeout: 0
    # Only a synchronous standby may be promoted, so no acknowledged commit is lost.
    synchronous_mode: true
    maximum_lag_on_failover: 1048576
    postgresql:
      use_pg_rewind: true
      use_slots: true
      parameters:
        synchronous_commit: 'on'
        wal_log_hints: 'on'
        wal_level: replica
        hot_standby: 'on'
        max_connections: 300
        max_wal_senders: 10
        max_replication_slots: 10
        wal_keep_size: 256MB
        shared_buffers: 128MB
  initdb:
    - encoding: UTF8
    - locale: C.UTF-8
postgresql:
  listen: 127.0.0.1:${HA_PG_PORT[$node]}
  connect_address: 127.0.0.1:${HA_PG_PORT[$node]}
  data_dir: $HA_DIR/data-$node
  bin_dir: $PG_BIN
  pgpass: $HA_DIR/pgpass-$node
  authentication:
    superuser:
      username: kiosk
      password: kiosk
    replication:
      username: replicator
      password: replicator
  parameters:
    unix_socket_directories: '$HA_DIR'
  pg_hba:
    - local all all trust
    - host all all 127.0.0.1/32 trust
    - local replication all trust
    - host replication all 127.0.0.1/32 trust
YAML
  mkdir -p "$HA_DIR/log-$node"
}

ha_start() {
  ha_require || return 1
  HA_DIR=$(mktemp -d /tmp/kiosk-ha.XXXXXX)
  chmod 755 "$HA_DIR"
  ha_as_pg_prefix
  declare -gA HA_PG_PORT HA_REST_PORT HA_PID
  ha_ports
  for node in "${HA_NODES[@]}"; do ha_write_patroni_config "$node"; done
  if [[ $EUID -eq 0 ]]; then chown -R postgres:postgres "$HA_DIR"; fi

  "${HA_AS_PG[@]}" /usr/bin/etcd --name ha --data-dir "$HA_DIR/etcd" \
    --listen-client-urls "http://127.0.0.1:$HA_ETCD_CLIENT" --advertise-client-urls "http://127.0.0.1:$HA_ETCD_CLIENT" \
    --listen-peer-urls "http://127.0.0.1:$HA_ETCD_PEER" --initial-advertise-peer-urls "http://127.0.0.1:$HA_ETCD_PEER" \
    --initial-cluster "ha=http://127.0.0.1:$HA_ETCD_PEER" >"$HA_DIR/etcd.log" 2>&1 &
  HA_PID[etcd]=$!
  ha_wait 30 "etcd" curl -sf "http://127.0.0.1:$HA_ETCD_CLIENT/health" || return 1

  # Patroni is Python: Debian's entry point runs it under /usr/bin/python3 with Debian's modules.
  for node in "${HA_NODES[@]}"; do
    "${HA_AS_PG[@]}" /usr/bin/patroni "$HA_DIR/$node.yml" >"$HA_DIR/patroni-$node.out" 2>&1 &
    HA_PID[$node]=$!
    [[ $node == node1 ]] && { ha_wait 90 "node1 to bootstrap as primary" ha_is_primary node1 || return 1; }
  done
  ha_wait_sync_pair 120
}

# Runs "$@" every 0.2 s until it succeeds or $1 seconds pass.
ha_wait() {
  local seconds=$1 what=$2
  shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    if ((SECONDS >= deadline)); then
      ha_log "gave up waiting for $what after ${seconds}s"
      return 1
    fi
    sleep 0.2
  done
}

ha_is_primary() { curl -sf -o /dev/null "http://127.0.0.1:${HA_REST_PORT[$1]}/primary"; }
ha_is_sync() { curl -sf -o /dev/null "http://127.0.0.1:${HA_REST_PORT[$1]}/sync"; }

ha_leader() {
  local node
  for node in "${HA_NODES[@]}"; do
    if ha_is_primary "$node"; then echo "$node"; return 0; fi
  done
  return 1
}

ha_sync_pair() {
  local leader other
  leader=$(ha_leader) || return 1
  for other in "${HA_NODES[@]}"; do
    [[ $other == "$leader" ]] || ha_is_sync "$other" || return 1
  done
}

ha_wait_sync_pair() { ha_wait "${1:-120}" "a primary with a synchronous standby" ha_sync_pair; }

ha_promoted() {
  local leader
  leader=$(ha_leader) && [[ $leader != "${HA_KILLED:-}" ]]
}

ha_url() {
  local database=${1:-postgres}
  echo "postgresql://kiosk@127.0.0.1:${HA_PG_PORT[node1]},127.0.0.1:${HA_PG_PORT[node2]}/$database?target_session_attrs=read-write"
}

ha_node_url() { echo "postgresql://kiosk@127.0.0.1:${HA_PG_PORT[$1]}/${2:-postgres}"; }

# The postmaster of the current primary, SIGKILLed: a crash, not a shutdown.
ha_kill_primary() {
  local leader pid
  leader=$(ha_leader) || { ha_log "no primary to kill"; return 1; }
  pid=$(head -1 "$HA_DIR/data-$leader/postmaster.pid")
  kill -KILL "$pid"
  HA_KILLED=$leader
  date +%s%3N
  ha_log "SIGKILLed the primary $leader (postmaster $pid)"
}

ha_standby_url() {
  echo "postgresql://kiosk@127.0.0.1:${HA_PG_PORT[node1]},127.0.0.1:${HA_PG_PORT[node2]}/${1:-postgres}?target_session_attrs=standby"
}

ha_set_sync() {
  local want=$1 mode=true
  [[ $want == on ]] || mode=false
  as_pg /usr/bin/patronictl -c "$HA_DIR/node1.yml" edit-config --force -s "synchronous_mode=$mode" >/dev/null
  if [[ $want == on ]]; then
    ha_wait 60 "synchronous replication" bash -c "[[ -n \$(psql -XAtq '$(ha_url)' -c 'SHOW synchronous_standby_names') ]]"
  else
    ha_wait 60 "asynchronous replication" bash -c "[[ -z \$(psql -XAtq '$(ha_url)' -c 'SHOW synchronous_standby_names') ]]"
  fi
}

# Split brain: from the promotion until the crashed primary NODE has rejoined as synchronous
# standby, every 0.2 s one write goes to NODE directly and one through the multi-host URL.
# The direct write must be refused (the server is down, starting, or up read-only in
# recovery), the other must land on the new primary; the probe table ha_probe must exist.
# Fails with the evidence if NODE ever took a write.
ha_guard_old_primary() {
  local old=$1 seconds=${2:-90} out port tries=0 read_only=0
  local deadline=$((SECONDS + seconds))
  local insert="INSERT INTO ha_probe (note) VALUES ('split-brain probe')"
  while :; do
    tries=$((tries + 1))
    if out=$(psql -XAtq "$(ha_node_url "$old")" -c "$insert" 2>&1); then
      ha_log "SPLIT BRAIN: the old primary $old accepted a write"
      return 1
    fi
    [[ $out == *"read-only transaction"* ]] && read_only=$((read_only + 1))
    if port=$(psql -XAtq "$(ha_url)" -c "$insert" -c "SELECT inet_server_port()" 2>/dev/null) \
      && [[ $port == "${HA_PG_PORT[$old]}" ]]; then
      ha_log "SPLIT BRAIN: a write through the multi-host URL landed on the old primary $old"
      return 1
    fi
    ha_sync_pair && [[ $(ha_leader) != "$old" ]] && ((read_only > 0)) && break
    if ((SECONDS >= deadline)); then
      ha_log "gave up waiting for $old to rejoin as synchronous standby after ${seconds}s"
      return 1
    fi
    sleep 0.2
  done
  ha_log "split brain guard: $tries writes to the old primary $old refused ($read_only by the server itself, read-only in recovery)"
}

ha_cleanup() {
  [[ -n ${HA_DIR:-} && -d $HA_DIR ]] || return 0
  set +e # a daemon that already died must not stop the rest of the cleanup
  local node pid
  for node in "${HA_NODES[@]}"; do
    [[ -n ${HA_PID[$node]:-} ]] && kill -TERM "${HA_PID[$node]}" 2>/dev/null
  done
  for node in "${HA_NODES[@]}"; do
    [[ -n ${HA_PID[$node]:-} ]] && wait "${HA_PID[$node]}" 2>/dev/null
    # Patroni stops its PostgreSQL on TERM; make sure of it even if Patroni died first.
    if [[ -f "$HA_DIR/data-$node/postmaster.pid" ]]; then
      as_pg "$PG_BIN/pg_ctl" -D "$HA_DIR/data-$node" -m immediate -w stop >/dev/null 2>&1 || true
    fi
  done
  [[ -n ${HA_PID[etcd]:-} ]] && { kill -TERM "${HA_PID[etcd]}" 2>/dev/null; wait "${HA_PID[etcd]}" 2>/dev/null; }
  if [[ -n ${HA_KEEP:-} ]]; then ha_log "kept $HA_DIR"; else rm -rf "$HA_DIR"; fi
}
