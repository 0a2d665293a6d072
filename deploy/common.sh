# Sourced by deploy/demo.sh and deploy/test.sh: install vigia, bring the local stack up, and stop on
# exit only the services this script started (a Kafka or Redis that was already running stays).
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
bash deploy/bootstrap.sh
STACK_BEFORE=$(bash deploy/stack.sh status)
bash deploy/stack.sh up

stop_stack_if_started() {
  case "$STACK_BEFORE" in *"Kafka is down"*|*"Redis is down"*) bash deploy/stack.sh down ;; esac
}

# Model checkpoints are signed with a key only this machine's workers know (README, "Checkpoints").
if [ -z "${VIGIA_CHECKPOINT_KEY:-}" ]; then
  if [ ! -s .local/checkpoint.key ]; then
    mkdir -p .local && (umask 077 && .venv/bin/python -c "import secrets; print(secrets.token_hex(32))" > .local/checkpoint.key)
  fi
  VIGIA_CHECKPOINT_KEY=$(cat .local/checkpoint.key)
  export VIGIA_CHECKPOINT_KEY
fi
