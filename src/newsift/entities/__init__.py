"""newsift entities stage."""
