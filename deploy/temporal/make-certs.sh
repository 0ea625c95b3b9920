#!/usr/bin/env bash
# Makes the private certificate authority and the certificates of docker-compose's Temporal
# mTLS: Temporal accepts a connection only with a certificate this CA signed, and this script
# signs them only for the firecase api, the worker, the Temporal web UI, the setup/operator CLI
# and the operator's browser. Run it once, before the first `docker compose up`:
#
#   deploy/temporal/make-certs.sh            # into deploy/temporal/certs (git-ignored)
#   deploy/temporal/make-certs.sh /some/dir  # elsewhere (set FIRECASE_TEMPORAL_CERTS to it)
#
# It makes only what is missing, so running it again after deleting one certificate renews that
# one. ca.key signs every certificate: after running this, move it off the host (it is needed
# only to sign new certificates) — whoever holds it can mint a client Temporal will trust.
set -euo pipefail
dir=${1:-$(dirname "$0")/certs}
days=${FIRECASE_CERT_DAYS:-730}
mkdir -p "$dir"
umask 077
cd "$dir"

key() { [ -f "$1.key" ] || openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1.key" 2>/dev/null; }

if [ ! -f ca.pem ]; then
  key ca
  openssl req -x509 -new -key ca.key -sha256 -days $((days * 3)) -subj '/O=firecase/CN=firecase Temporal CA' \
    -addext 'basicConstraints=critical,CA:TRUE,pathlen:0' \
    -addext 'keyUsage=critical,keyCertSign,cRLSign' -out ca.pem
fi

# leaf NAME SUBJECT_ALT_NAMES EXTENDED_KEY_USAGE
leaf() {
  local name=$1 san=$2 eku=$3
  [ -f "$name.pem" ] && return 0
  key "$name"
  openssl req -new -key "$name.key" -subj "/O=firecase/CN=$name" -out "$name.csr"
  printf 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=%s\nsubjectAltName=%s\n' \
    "$eku" "$san" > "$name.ext"
  openssl x509 -req -in "$name.csr" -CA ca.pem -CAkey ca.key -CAcreateserial -sha256 -days "$days" \
    -extfile "$name.ext" -out "$name.pem" 2>/dev/null
  rm -f "$name.csr" "$name.ext"
}

# The Temporal server: its frontend and, between its own services, internode (also as a client).
leaf temporal 'DNS:temporal,DNS:localhost,IP:127.0.0.1' 'serverAuth,clientAuth'
# The only clients: the firecase api and worker, the web UI's server, the setup/operator CLI.
leaf api 'DNS:api' 'clientAuth'
leaf worker 'DNS:worker' 'clientAuth'
leaf ui 'DNS:temporal-ui' 'clientAuth'
leaf admin 'DNS:temporal-admin' 'clientAuth'
# The web UI is reached through temporal-ui-proxy, which asks the browser for a certificate too.
leaf ui-proxy 'DNS:localhost,IP:127.0.0.1' 'serverAuth'
leaf operator 'DNS:operator' 'clientAuth'
if [ ! -f operator.p12 ]; then
  # For the operator's browser; import it there (no password: keep the file as safe as a key).
  openssl pkcs12 -export -inkey operator.key -in operator.pem -certfile ca.pem -passout pass: -out operator.p12
fi
rm -f ca.srl
chmod 0644 ./*.pem
chmod 0600 ./*.key operator.p12
# The containers read their keys as uid 1000 (node, temporal); as root, hand the keys to it.
if [ "$(id -u)" = 0 ]; then
  chown "${FIRECASE_CERT_UID:-1000}" api.key worker.key ui.key admin.key temporal.key
elif [ "$(id -u)" != "${FIRECASE_CERT_UID:-1000}" ]; then
  echo "make-certs: the containers read the keys as uid ${FIRECASE_CERT_UID:-1000}; run: sudo chown ${FIRECASE_CERT_UID:-1000} $dir/{api,worker,ui,admin,temporal}.key" >&2
fi
echo "make-certs: certificates in $dir (CA valid $((days * 3)) days, others $days); now move ca.key off this host"
