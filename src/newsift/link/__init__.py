"""newsift link stage."""
