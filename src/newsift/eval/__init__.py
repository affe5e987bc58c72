"""newsift eval stage."""
