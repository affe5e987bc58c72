"""newsift: sourced events, claims and manipulation signals from noisy multilingual news."""

__version__ = "0.1.0"
