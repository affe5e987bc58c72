"""newsift clean stage."""
