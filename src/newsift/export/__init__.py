"""newsift export stage."""
