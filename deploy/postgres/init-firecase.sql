-- Creates the application's own role and database, next to the `temporal` and
-- `temporal_visibility` databases that temporalio/auto-setup creates for itself.
--
-- Run once by the postgres image, as the superuser, when it initialises an EMPTY data volume
-- (docker-compose.yml mounts this file into /docker-entrypoint-initdb.d/). On an existing
-- volume it is not run again: then create the role and database by hand the same way, or start
-- over with `docker compose down --volumes` (which deletes all data).
--
-- The password comes from the container's environment, never from this file: psql's \getenv
-- (psql 15+) reads FIRECASE_DB_PASSWORD, and :'firecase_password' quotes it as a literal.

\set ON_ERROR_STOP on
\getenv firecase_password FIRECASE_DB_PASSWORD
\if :{?firecase_password}
\else
  \set firecase_password ''
\endif
SELECT :'firecase_password' = '' AS firecase_password_missing \gset
\if :firecase_password_missing
  \warn 'init-firecase.sql: FIRECASE_DB_PASSWORD is empty; refusing to create the firecase role'
  DO $$ BEGIN RAISE EXCEPTION 'FIRECASE_DB_PASSWORD is not set'; END $$;
\endif

-- Not a superuser and no CREATEDB: the application only owns its own database.
CREATE ROLE firecase LOGIN PASSWORD :'firecase_password';
CREATE DATABASE firecase OWNER firecase;
REVOKE ALL ON DATABASE firecase FROM PUBLIC;
