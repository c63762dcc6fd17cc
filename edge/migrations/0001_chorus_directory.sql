-- Chorus Pro directory of recipients (annuaire des destinataires), refreshed by the cron from the
-- PISTE download or loaded with `chorus-assist directory import`. Column names are mirrored in
-- shared/lookup/directory/sql.ts.

CREATE TABLE chorus_structures (
  identifier TEXT PRIMARY KEY NOT NULL,
  identifier_type TEXT NOT NULL,
  name TEXT NOT NULL,
  active INTEGER NOT NULL,
  service_code_required INTEGER NOT NULL,
  engagement_required INTEGER NOT NULL,
  engagement_or_service INTEGER NOT NULL,
  postcode TEXT,
  city TEXT,
  source TEXT NOT NULL,
  import_id TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE INDEX chorus_structures_import ON chorus_structures (import_id);

-- No foreign key: a download may list services before their structure.
CREATE TABLE chorus_services (
  structure_identifier TEXT NOT NULL,
  code TEXT NOT NULL,
  label TEXT NOT NULL,
  engagement_required INTEGER,
  active INTEGER NOT NULL,
  source TEXT NOT NULL,
  import_id TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (structure_identifier, code)
);

CREATE INDEX chorus_services_import ON chorus_services (import_id);

CREATE TABLE directory_imports (
  import_id TEXT PRIMARY KEY NOT NULL,
  source TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  structures INTEGER NOT NULL,
  services INTEGER NOT NULL,
  skipped INTEGER NOT NULL
);
