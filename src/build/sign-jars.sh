#!/usr/bin/env bash
# Signs the two app jars the way UPM 8 (Jira 11; on by default for new installs) verifies an
# uploaded app: an Ed25519 signature over the jar's exact bytes, base64, in <jar>.sig beside it, and
# the certificate whose key made it in target/pmo-buyin-certificate.pem, for the admin's trust store.
# See docs/research/jira11-app-signing.md for the sources.
#
# A release build names the project's key and certificate (PEM files) in PMO_BUYIN_SIGNING_KEY and
# PMO_BUYIN_SIGNING_CERTIFICATE; the private key never enters the repository. Without them, a
# development key and a self-signed certificate are made under target/signing/, good only for tests
# and test instances: their certificate says "development build".
set -euo pipefail
target="$1"
if ! command -v openssl >/dev/null 2>&1; then
  # The preview needs no signature: the main job still builds. The jar checks need it and fail.
  echo "[WARNING] openssl not found: the app jars are left unsigned (bash .ci/install-prerequisites installs it)" >&2
  exit 0
fi
key="${PMO_BUYIN_SIGNING_KEY:-}"
certificate="${PMO_BUYIN_SIGNING_CERTIFICATE:-}"
if [ -z "$key" ] || [ -z "$certificate" ]; then
  mkdir -p "$target/signing"
  key="$target/signing/development-key.pem"
  certificate="$target/signing/development-certificate.pem"
  if [ ! -f "$key" ]; then
    openssl genpkey -algorithm ed25519 -out "$key" 2>/dev/null
    openssl req -new -x509 -key "$key" -days 30 -out "$certificate" \
      -subj "/O=PMO Buy-In/CN=PMO Buy-In development build (not for production)" 2>/dev/null
  fi
fi
for jar in "$target"/pmo-buyin-*.jar; do
  case "$jar" in
    *-preview.jar) continue ;;
  esac
  openssl pkeyutl -sign -rawin -inkey "$key" -in "$jar" | base64 -w 0 > "$jar.sig"
done
cp "$certificate" "$target/pmo-buyin-certificate.pem"
