#!/usr/bin/env bash
# docker-compose's one-shot `firecase-db` service: creates (or updates) the two roles and the
# firecase database on the PostgreSQL server, as its superuser. Safe on every `up`: a role or
# database that exists is kept, and the passwords are set to those in the environment.
#
#   PGHOST, PGPORT, PGUSER, PGPASSWORD     the superuser's connection (libpq's own variables)
#   FIRECASE_OWNER_PASSWORD                firecase_owner: runs the migrations
#   FIRECASE_APP_PASSWORD                  firecase_app: the api and the worker
#   FIRECASE_DATABASE                      default firecase
set -euo pipefail
here=$(dirname "$0")
database=${FIRECASE_DATABASE:-firecase}
: "${FIRECASE_OWNER_PASSWORD:?set FIRECASE_OWNER_PASSWORD}"
: "${FIRECASE_APP_PASSWORD:?set FIRECASE_APP_PASSWORD}"

# Passwords reach psql as variables (:'name' quotes them), never on a command line.
psql --no-psqlrc -v ON_ERROR_STOP=1 -d postgres \
  -v owner_password="$FIRECASE_OWNER_PASSWORD" -v app_password="$FIRECASE_APP_PASSWORD" \
  -v database="$database" <<SQL
SELECT set_config('firecase.owner_password', :'owner_password', false),
       set_config('firecase.app_password', :'app_password', false) \g /dev/null
\i $here/firecase-roles.sql
SELECT format('CREATE DATABASE %I OWNER firecase_owner', :'database')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'database') \gexec
SQL
psql --no-psqlrc -v ON_ERROR_STOP=1 -d "$database" -f "$here/firecase-database.sql"
echo "firecase-db: roles firecase_owner and firecase_app ready, database $database owned by firecase_owner"
