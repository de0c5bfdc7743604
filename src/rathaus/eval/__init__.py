"""Evaluation as a product feature: towns test their own bot."""
