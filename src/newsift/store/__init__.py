"""newsift store stage."""
