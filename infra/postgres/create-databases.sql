-- One login role and one database per service, on an external PostgreSQL 14+.
--
--   psql "postgres://postgres@db.example:5432/postgres" \
--        -v school_password='...' -v district_password='...' \
--        -f infra/postgres/create-databases.sql
--
-- Run it as a superuser. It can be re-run: it creates what is missing, (re)sets both
-- passwords and re-applies the privileges.
--
-- Result:
--   role mentorship_school   owns database mentorship_school   and its schema public
--   role mentorship_district owns database mentorship_district and its schema public
--   Only the owning role (and superusers) can connect to each database, so the school role
--   cannot reach the district database and the other way round. The district database
--   holds counts only (DESIGN.md section 2); keeping the roles apart is part of that rule.
--   Each service runs its TypeORM migrations as its own role, which can create tables
--   because it owns schema public.
--
-- The services then use, e.g.
--   SCHOOL_DATABASE_URL=postgres://mentorship_school:...@db.example:5432/mentorship_school
--   DISTRICT_DATABASE_URL=postgres://mentorship_district:...@db.example:5432/mentorship_district

\set ON_ERROR_STOP on

\if :{?school_password}
\else
  \warn 'create-databases.sql: pass -v school_password=...'
  DO $$ BEGIN RAISE EXCEPTION 'psql variable school_password is not set'; END $$;
\endif
\if :{?district_password}
\else
  \warn 'create-databases.sql: pass -v district_password=...'
  DO $$ BEGIN RAISE EXCEPTION 'psql variable district_password is not set'; END $$;
\endif

-- Roles -----------------------------------------------------------------------------------

SELECT 'CREATE ROLE mentorship_school' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mentorship_school') \gexec
SELECT 'CREATE ROLE mentorship_district' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mentorship_district') \gexec

ALTER ROLE mentorship_school   WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'school_password';
ALTER ROLE mentorship_district WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'district_password';

-- Databases (UTF8, locale C: the same as the embedded cluster the tests run on) -------------

SELECT 'CREATE DATABASE mentorship_school OWNER mentorship_school ENCODING ''UTF8'' LOCALE ''C'' TEMPLATE template0'
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'mentorship_school') \gexec
SELECT 'CREATE DATABASE mentorship_district OWNER mentorship_district ENCODING ''UTF8'' LOCALE ''C'' TEMPLATE template0'
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'mentorship_district') \gexec

ALTER DATABASE mentorship_school   OWNER TO mentorship_school;
ALTER DATABASE mentorship_district OWNER TO mentorship_district;

-- Who may connect: the owning role only ------------------------------------------------------

REVOKE CONNECT, TEMPORARY ON DATABASE mentorship_school   FROM PUBLIC;
REVOKE CONNECT, TEMPORARY ON DATABASE mentorship_district FROM PUBLIC;
REVOKE ALL ON DATABASE mentorship_district FROM mentorship_school;
REVOKE ALL ON DATABASE mentorship_school   FROM mentorship_district;
GRANT CONNECT, TEMPORARY ON DATABASE mentorship_school   TO mentorship_school;
GRANT CONNECT, TEMPORARY ON DATABASE mentorship_district TO mentorship_district;

-- Schema public of each database: owned and used by the service role -------------------------

\connect mentorship_school
ALTER SCHEMA public OWNER TO mentorship_school;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE, CREATE ON SCHEMA public TO mentorship_school;

\connect mentorship_district
ALTER SCHEMA public OWNER TO mentorship_district;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE, CREATE ON SCHEMA public TO mentorship_district;

\echo 'create-databases.sql: mentorship_school and mentorship_district are ready'
