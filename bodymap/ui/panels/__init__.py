"""Side panels: point details, patient, encounter and procedure."""
