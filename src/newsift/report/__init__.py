"""newsift report stage."""
