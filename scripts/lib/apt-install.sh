# Sourced by the ensure-*.sh scripts: installs Debian packages with apt-get when it can, or says
# exactly what to run when it cannot (not root, or no apt-get).
#
#   apt_install <script name> <what is missing> <package>...
# Returns 0 after a successful install, 1 (with the command to run on stderr) when it cannot install.

apt_install() {
  local script="$1" missing="$2"
  shift 2
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    if [ "$(id -u)" -ne 0 ]; then
      echo "$script: $missing is missing, and installing $* needs root." >&2
    else
      echo "$script: $missing is missing, and apt-get is not available (not Debian/Ubuntu?)." >&2
    fi
    echo "  Install it, then run the tests again:" >&2
    echo "    sudo apt-get update && sudo apt-get install -y --no-install-recommends $*" >&2
    return 1
  fi
  echo "$script: installing $* with apt-get ..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends "$@"
}
