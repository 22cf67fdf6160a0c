# Installs what the two README commands need when it is missing; each step is idempotent.
# Sourced by scripts/run and scripts/test.

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

apt_updated=""
apt_install() {
  if [ "$(id -u)" != 0 ]; then
    echo "error: $* missing; install it with: sudo apt-get install -y $*" >&2
    exit 1
  fi
  if [ -z "$apt_updated" ]; then apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_postgres() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
    echo "Installing PostgreSQL server binaries..."
    apt_install postgresql
  fi
}

ensure_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "error: the .NET 10 SDK is required (https://dot.net); install it and run this again" >&2
    exit 1
  fi
}

ensure_node() {
  if ! command -v npm >/dev/null 2>&1; then
    echo "Installing Node.js and npm..."
    apt_install nodejs npm
  fi
}

ensure_nginx() {
  if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
    echo "Installing nginx for the cluster's proxy..."
    apt_install nginx
  fi
  export PATH="$PATH:/usr/sbin"
}

ensure_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    echo "Installing Chromium for the browser tests..."
    apt_install chromium
  fi
}
