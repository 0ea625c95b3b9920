-- Hands the application's database to firecase_owner and lets firecase_app in. Run as a
-- superuser, connected to that database (firecase, or the test suite's own), after
-- firecase-roles.sql; safe to run again.
--
-- Table privileges are not granted here: the migrations grant them (the owner runs those), and
-- ALTER DEFAULT PRIVILEGES there covers every table a later migration creates.
DO $database$
DECLARE
  item record;
BEGIN
  EXECUTE format('ALTER DATABASE %I OWNER TO firecase_owner', current_database());
  EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO firecase_app', current_database());
  ALTER SCHEMA public OWNER TO firecase_owner;
  REVOKE ALL ON SCHEMA public FROM PUBLIC;
  GRANT USAGE ON SCHEMA public TO firecase_app;

  -- A database migrated before these roles existed (an older `npm start` connected as the
  -- cluster's superuser) keeps its tables: each passes to the owner. Extension members stay
  -- with their extension; indexes and serial sequences follow their table.
  FOR item IN
    SELECT c.oid::regclass AS name,
           CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW'
                          WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE'
                          ELSE 'TABLE' END AS kind
      FROM pg_class c
     WHERE c.relnamespace = 'public'::regnamespace
       AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
       AND c.relowner <> 'firecase_owner'::regrole
       AND NOT EXISTS (SELECT FROM pg_depend d
                        WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                          AND d.deptype IN ('e', 'a', 'i'))
  LOOP
    EXECUTE format('ALTER %s %s OWNER TO firecase_owner', item.kind, item.name);
  END LOOP;
  FOR item IN
    SELECT p.oid::regprocedure AS name
      FROM pg_proc p
     WHERE p.pronamespace = 'public'::regnamespace
       AND p.proowner <> 'firecase_owner'::regrole
       AND NOT EXISTS (SELECT FROM pg_depend d
                        WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                          AND d.deptype = 'e')
  LOOP
    EXECUTE format('ALTER ROUTINE %s OWNER TO firecase_owner', item.name);
  END LOOP;
  FOR item IN
    SELECT t.oid::regtype AS name, CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END AS kind
      FROM pg_type t
     WHERE t.typnamespace = 'public'::regnamespace
       AND t.typtype IN ('e', 'd')
       AND t.typowner <> 'firecase_owner'::regrole
       AND NOT EXISTS (SELECT FROM pg_depend d
                        WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid
                          AND d.deptype = 'e')
  LOOP
    EXECUTE format('ALTER %s %s OWNER TO firecase_owner', item.kind, item.name);
  END LOOP;
END
$database$;
