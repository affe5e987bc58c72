"""newsift nlp stage."""
