#!/bin/sh
# Runs once, when the postgres image initialises an empty volume (docker-entrypoint-initdb.d).
# Makes the three roles of ADR 32 and hands the database to the owner:
#   participation_owner      owns the schema; the engine runs its migrations as it
#   participation_app        the API and CLI; appends only through es_append, never rewrites
#   participation_projector  the projector; writes the read models
# The engine grants the application roles what they need at every start. For a volume made
# before these roles existed, run the same statements by hand (docs/operations.md, section 11a).
set -eu
# Each password from its compose secret, else from the variable of the same name.
secret() {
  if [ -f "/run/secrets/$1" ]; then cat "/run/secrets/$1"; else
    eval "value=\${$2:-}"
    [ -n "$value" ] || { echo "$2 must be set" >&2; exit 1; }
    printf '%s' "$value"
  fi
}
OWNER_PASSWORD=$(secret postgres_owner_password POSTGRES_OWNER_PASSWORD)
APP_PASSWORD=$(secret postgres_app_password POSTGRES_APP_PASSWORD)
PROJECTOR_PASSWORD=$(secret postgres_projector_password POSTGRES_PROJECTOR_PASSWORD)

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v owner_password="$OWNER_PASSWORD" -v app_password="$APP_PASSWORD" -v projector_password="$PROJECTOR_PASSWORD" <<'SQL'
CREATE ROLE participation_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'owner_password';
CREATE ROLE participation_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'app_password';
CREATE ROLE participation_projector LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'projector_password';
SELECT format('ALTER DATABASE %I OWNER TO participation_owner', current_database()) \gexec
SQL
