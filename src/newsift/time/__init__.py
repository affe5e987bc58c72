"""newsift time stage."""
