#!/usr/bin/env bash
# Usage: reap-when-orphaned.sh PARENT_PID MARKER
# Started beside each process a test starts: waits for the test process (PARENT_PID) to end, by any path (a finished
# run, a timeout that killed it, SIGKILL), then kills every process whose environment holds
# DAKARCAFE_TEST_PROCESS=MARKER, wherever it is in the process tree. A test that cleans up after itself leaves it
# nothing to do.
parent=$1 marker=$2
while kill -0 "$parent" 2>/dev/null; do sleep 0.5; done
for attempt in 1 2 3; do
  for environ in /proc/[0-9]*/environ; do
    if grep -qxz "DAKARCAFE_TEST_PROCESS=$marker" "$environ" 2>/dev/null; then
      pid=${environ#/proc/}; kill -9 "${pid%/environ}" 2>/dev/null
    fi
  done
  sleep 0.2
done
