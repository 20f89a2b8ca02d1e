#!/bin/sh
# Run by the postgres image on its first start (empty data directory): the roles and databases
# of infra/postgres/create-databases.sql, with the passwords from the compose environment.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v school_password="$SCHOOL_DB_PASSWORD" -v district_password="$DISTRICT_DB_PASSWORD" \
  -f /mentorship/create-databases.sql
