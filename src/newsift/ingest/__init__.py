"""newsift ingest stage."""
