-- The two roles of the firecase database. Run as a superuser, in any database of the cluster,
-- as often as you like: it creates what is missing and (re)sets both passwords.
--
--   firecase_owner  owns the database and every table; runs the migrations
--                   (MIGRATION_DATABASE_URL). Never used by the running api or worker.
--   firecase_app    what the api and the worker connect as (DATABASE_URL). The migrations grant
--                   it SELECT, INSERT, UPDATE, DELETE on ordinary tables and only INSERT and
--                   SELECT on the audit trail, the access log and the admin log; as it owns
--                   nothing, it can neither ALTER a table nor DISABLE its triggers.
--
-- The passwords come in as session settings, never written here: run
--   SELECT set_config('firecase.owner_password', '…', false),
--          set_config('firecase.app_password', '…', false);
-- first (tools/lib/postgres-roles.mjs and deploy/postgres/setup-firecase.sh do).
DO $roles$
DECLARE
  owner_password text := current_setting('firecase.owner_password', true);
  app_password   text := current_setting('firecase.app_password', true);
BEGIN
  IF coalesce(owner_password, '') = '' OR coalesce(app_password, '') = '' THEN
    RAISE EXCEPTION 'firecase roles: set firecase.owner_password and firecase.app_password first';
  END IF;
  IF owner_password = app_password THEN
    RAISE EXCEPTION 'firecase roles: the owner and the application need different passwords';
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'firecase_owner') THEN
    CREATE ROLE firecase_owner;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'firecase_app') THEN
    CREATE ROLE firecase_app;
  END IF;
  -- Neither may become a superuser, make roles or databases, or skip row security.
  EXECUTE format(
    'ALTER ROLE firecase_owner WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L',
    owner_password);
  EXECUTE format(
    'ALTER ROLE firecase_app WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L',
    app_password);
  -- Membership would hand the application the owner's rights (SET ROLE firecase_owner).
  IF pg_has_role('firecase_app', 'firecase_owner', 'MEMBER') THEN
    REVOKE firecase_owner FROM firecase_app;
  END IF;
END
$roles$;
