"""newsift events stage."""
