"""rathaus — grounded, multilingual chat for German municipalities."""

__version__ = "0.1.0"
